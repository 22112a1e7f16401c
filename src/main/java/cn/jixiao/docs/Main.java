package cn.jixiao.docs;

import cn.jixiao.docs.cli.Cli;

/** Entry point of the jar: {@code validate}, {@code render}, {@code serve}, {@code batch}. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(Cli.run(args, System.out, System.err));
    }
}
