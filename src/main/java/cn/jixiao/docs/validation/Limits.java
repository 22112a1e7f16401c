package cn.jixiao.docs.validation;

/**
 * The contract's bounds, in one place so that the rules, the JSON Schema (a test compares them) and the messages
 * agree. They keep every plan's work bounded: no number is ever expanded past these digits, no text outgrows a
 * page's worth of table cells, no file name outgrows what a file system or an HTTP header can carry.
 */
public final class Limits {

    /** A long text: a paragraph, a goal, an indicator's description, value or basis. */
    public static final int MAX_TEXT = 20_000;
    /** A name, a code or a title: what a cover, a table header or a file name prints on one or two lines. */
    public static final int MAX_NAME = 200;
    public static final int MAX_PROJECTS = 500;
    public static final int MAX_INDICATORS = 200;
    /** 万元 with 12 integer digits is a trillion yuan times ten thousand: far beyond any budget, short of any cost. */
    public static final int MONEY_INTEGER_DIGITS = 12;
    /** Decimals printed; more are rounded half-up with a warning. */
    public static final int PRINTED_DECIMALS = 2;
    /**
     * More decimals than this are refused rather than rounded: a binary float written out (0.30000000000000004)
     * has 17, an exponent such as 1e-999999999 has a billion, and rounding that would expand it digit by digit.
     */
    public static final int MAX_DECIMALS = 20;

    private Limits() {}
}
