package dev.archivist.gui.robot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archivist.gui.Samples;
import dev.archivist.gui.main.Notice;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class NoticeOverlayTest extends RobotTest {

    @Start
    void start(Stage stage) {
        startEditor(stage);
    }

    @Test
    void aNoticeAppearsOverTheContentWithoutMovingIt() throws Exception {
        Path page = Samples.site(dir.resolve("site"));
        fx(() -> vm.files().open(page));
        waitUntil(() -> vm.editor() != null);
        Node tree = lookup("#threadTree").query();
        Node form = lookup("#titleField").match(org.testfx.util.NodeQueryUtils.isVisible()).query();
        double treeY = sceneY(tree);
        double formY = sceneY(form);
        fx(() -> vm.notify(Notice.warning("Not done: a notice with words long enough to matter")));
        Node bar = lookup("#noticeBar").query();
        waitUntil(() -> bar.isVisible() && bar.getLayoutBounds().getHeight() > 0);
        assertEquals(treeY, sceneY(tree), 0.01);
        assertEquals(formY, sceneY(form), 0.01);
        Node content = bar.getParent().getChildrenUnmodifiable().get(0);
        assertEquals(sceneY(content), sceneY(bar), 0.01, "the notice lies over the top of the content");
        fx(vm::dismissNotice);
        assertEquals(treeY, sceneY(tree), 0.01);
    }

    private static double sceneY(Node n) {
        return n.localToScene(n.getLayoutBounds()).getMinY();
    }
}
