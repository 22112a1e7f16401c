package cn.jixiao.docs.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import cn.jixiao.docs.model.Document.LineBreak;
import cn.jixiao.docs.model.Document.RightTab;
import cn.jixiao.docs.model.Document.Script;
import cn.jixiao.docs.model.Document.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inlines' written-out equals and hashCode keep a record's meaning: equal exactly when every part is. */
class InlineEqualityTest {

    @Test
    void textIsEqualExactlyWhenItsWordsWeightAndScriptAre() {
        Text a = new Text("绩效目标", true, Script.CHINESE);
        Text same = new Text(new String("绩效目标"), true, Script.CHINESE);
        assertEquals(a, same);
        assertEquals(a.hashCode(), same.hashCode());
        assertNotEquals(a, new Text("绩效指标", true, Script.CHINESE));
        assertNotEquals(a, new Text("绩效目标", false, Script.CHINESE));
        assertNotEquals(a, new Text("绩效目标", true, Script.LATIN));
        assertNotEquals(a, new Text("绩效目标", true));
        assertNotEquals(a, null);
        assertNotEquals(a, "绩效目标");
    }

    @Test
    void breaksAndTabsAreEqualToTheirKindOnly() {
        assertEquals(new LineBreak(), new LineBreak());
        assertEquals(new LineBreak().hashCode(), new LineBreak().hashCode());
        assertEquals(new RightTab(), new RightTab());
        assertNotEquals(new LineBreak(), new RightTab());
        assertNotEquals(new RightTab(), new LineBreak());
        assertEquals(List.of(new Text("一", false), new LineBreak(), new RightTab()),
                List.of(new Text("一", false), new LineBreak(), new RightTab()));
        assertNotEquals(List.of(new Text("一", false), new LineBreak()), List.of(new Text("一", false), new RightTab()));
    }
}
