package dev.archivist.gui.common;

import javafx.scene.Node;
import org.controlsfx.glyphfont.FontAwesome;
import org.controlsfx.glyphfont.Glyph;
import org.controlsfx.glyphfont.GlyphFont;
import org.controlsfx.glyphfont.GlyphFontRegistry;

/** Icons from the Font Awesome font bundled with ControlsFX, styled by the theme's text colour. */
public final class Icons {
    private static final GlyphFont FONT = GlyphFontRegistry.font("FontAwesome");

    private Icons() {
    }

    public static Node of(FontAwesome.Glyph glyph) {
        Glyph g = FONT.create(glyph);
        g.getStyleClass().add(Css.ICON);
        return g;
    }

    /** An icon with an extra style class (for colour: {@link Css#WARNING}, {@link Css#DANGER}...). */
    public static Node of(FontAwesome.Glyph glyph, String styleClass) {
        Node n = of(glyph);
        n.getStyleClass().add(styleClass);
        return n;
    }
}
