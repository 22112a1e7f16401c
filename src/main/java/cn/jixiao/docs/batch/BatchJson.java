package cn.jixiao.docs.batch;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The JSON settings of the manifest and the report. ObjectMapper is thread-safe once configured. */
final class BatchJson {

    /**
     * Tolerant reading: Problem serialises a derived "error" field it cannot read back, and a newer program may
     * add fields an older one should ignore rather than discard the whole manifest.
     */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.INDENT_OUTPUT, true)
            .build();

    private BatchJson() {}
}
