package dev.archivist.gui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the review's diff rows put on screen: the lines as they are, whatever their characters. */
@ExtendWith(ApplicationExtension.class)
class DiffCellTest extends FxRobot {
    private static final String BEFORE = "title: Q&amp;A\n"
            + "text: see &amp; miss [t](https://x.org/?a=2&amp;_gl=1) __init__\n";
    private static final String AFTER = "title: Q&A\n"
            + "text: see & miss [t](https://x.org/?a=2&_gl=1) __init__\n";
    final SimpleBooleanProperty sideBySide = new SimpleBooleanProperty();
    ListView<DiffRow> list;

    @Start
    void start(Stage stage) {
        list = new ListView<>();
        list.setCellFactory(l -> new DiffCell(sideBySide));
        stage.setScene(new Scene(list, 1200, 400));
        stage.show();
    }

    private static <T> T onFx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get();
    }

    /** The text each diff label draws (its skin's Text node, after mnemonics and clipping), in order. */
    private List<String> shown(boolean side) throws Exception {
        onFx(() -> {
            sideBySide.set(side);
            ReviewDiffs.Result d = ReviewDiffs.of(BEFORE, AFTER);
            list.getItems().setAll(side ? d.sideBySide() : d.unified());
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < list.getItems().size(); i++) {
                for (Node n : list.lookupAll(".diff-text")) {
                    Label l = (Label) n;
                    if (l.isVisible() && l.getScene() != null && cellIndex(l) == i) {
                        out.add(((Text) l.lookup(".text")).getText());
                    }
                }
            }
            return out;
        });
    }

    private static int cellIndex(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof DiffCell c) {
                return c.getGraphic() != null && c.getGraphic().isVisible() && isIn(n, c.getGraphic()) ? c.getIndex() : -1;
            }
        }
        return -1;
    }

    private static boolean isIn(Node n, Node graphic) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == graphic) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theUnifiedViewShowsAnEntityAndItsCharacterAsWritten() throws Exception {
        assertEquals(List.of(
                "− title: Q&amp;A",
                "− text: see &amp; miss [t](https://x.org/?a=2&amp;_gl=1) __init__",
                "+ title: Q&A",
                "+ text: see & miss [t](https://x.org/?a=2&_gl=1) __init__"), shown(false));
    }

    @Test
    void theSideBySideViewShowsThemAsWrittenToo() throws Exception {
        assertEquals(List.of(
                "title: Q&amp;A", "title: Q&A",
                "text: see &amp; miss [t](https://x.org/?a=2&amp;_gl=1) __init__",
                "text: see & miss [t](https://x.org/?a=2&_gl=1) __init__"), shown(true));
    }
}
