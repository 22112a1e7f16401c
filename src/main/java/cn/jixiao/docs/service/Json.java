package cn.jixiao.docs.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The service's one JSON writer. An ObjectMapper is thread-safe once configured, so one instance serves all. */
final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    static final String MEDIA_TYPE = "application/json";

    private Json() {}

    static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            // Only our own records are written; failing here is a programming error, not a request problem.
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
