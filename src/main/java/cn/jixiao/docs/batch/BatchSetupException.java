package cn.jixiao.docs.batch;

/**
 * The run could not start: a folder is missing or unusable, or another run holds the output folder. The message
 * is for the user (Chinese, from messages.properties); no input was touched.
 */
public final class BatchSetupException extends Exception {

    public BatchSetupException(String message) { super(message); }
}
