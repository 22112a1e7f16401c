package cn.jixiao.docs.workbook;

import cn.jixiao.docs.Fixtures;
import cn.jixiao.docs.TestRendering;

/** Workbooks the service and form tests upload: the example, and the example with a clerk's wrong sum. */
public final class WorkbookFiles {

    private WorkbookFiles() {}

    public static byte[] example() { return WorkbookWriter.write(TestRendering.plan(Fixtures.JULU)); }

    /** 预算数 of the first project typed as 20 while its 财政资金 stays 13: 『项目』表第 2 行 D 列. */
    public static byte[] wrongSum() { return Openpyxl.edit(example(), "wb['项目']['D2'] = 20"); }
}
