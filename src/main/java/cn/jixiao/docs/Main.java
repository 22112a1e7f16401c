package cn.jixiao.docs;
public final class Main { public static void main(String[] a){} }
