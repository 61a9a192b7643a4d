package dev.archivist.gui.common;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/** Tabs whose content is built the first time they are selected, so the first frame comes sooner. */
public final class Tabs {

    private Tabs() {
    }

    public static void lazy(Tab tab, Supplier<Node> content) {
        Runnable fill = () -> {
            if (tab.getContent() == null) {
                tab.setContent(content.get());
            }
        };
        if (tab.isSelected()) {
            fill.run();
        }
        tab.selectedProperty().addListener((o, a, now) -> {
            if (now) {
                fill.run();
            }
        });
    }
}
