package dev.archivist.gui.site;

import dev.archivist.edit.SiteChange;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A page of a site-wide review: its name in the folder, how many things change, and whether Apply writes it. */
public final class PageRow {
    private final SiteChange.Page page;
    private final String name;
    private final BooleanProperty ticked = new SimpleBooleanProperty(true);

    PageRow(SiteChange.Page page, String name) {
        this.page = page;
        this.name = name;
    }

    public SiteChange.Page page() {
        return page;
    }

    public String name() {
        return name;
    }

    /** Untick to leave the page as it is. */
    public BooleanProperty tickedProperty() {
        return ticked;
    }
}
