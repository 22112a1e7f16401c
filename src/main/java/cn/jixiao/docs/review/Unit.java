package cn.jixiao.docs.review;

import java.math.BigDecimal;

/**
 * A unit as written after a number: 「人」, 「%」, 「万元」, 「元/人·年」. {@code yuan} is how many 元 one of it is
 * when it is money (万元 → 10000, 元/年 → 1), else null.
 */
public record Unit(String text, boolean percent, BigDecimal yuan) {

    public boolean money() { return yuan != null; }
}
