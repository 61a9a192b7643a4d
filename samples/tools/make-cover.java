// Writes the sample cover: java -Djava.awt.headless=true samples/tools/make-cover.java OUT.jpg
import java.awt.*;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

public class MakeCover {
    public static void main(String[] args) throws Exception {
        String out = args.length > 0 ? args[0] : "cover.jpg";
        int w = 200, h = 300;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0x1F, 0x6F, 0x8B));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0xF2, 0xA5, 0x41));
        g.fillRect(0, 190, w, 12);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
        drawCentered(g, "Tidy", 80, w);
        drawCentered(g, "Pipelines", 118, w);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        drawCentered(g, "Practical data engineering", 150, w);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        drawCentered(g, "M. Nunez & T. Kowalski", 250, w);
        g.dispose();
        if (!ImageIO.write(img, "jpg", new File(out))) throw new IllegalStateException("no JPEG writer");
    }

    static void drawCentered(Graphics2D g, String s, int y, int w) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(s, (w - fm.stringWidth(s)) / 2, y);
    }
}
