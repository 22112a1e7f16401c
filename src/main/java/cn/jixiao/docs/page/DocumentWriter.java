package cn.jixiao.docs.page;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes one format of a laid-out document. Both writers take the same input, so both print what the one layout
 * decided; implementations hold no state between calls and serve any number of threads at once.
 */
public interface DocumentWriter {

    /** Writes the document to {@code out}, which is flushed but not closed. */
    void write(LaidOutDocument document, OutputStream out) throws IOException;
}
