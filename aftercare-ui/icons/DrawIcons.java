import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws the portal's app icons: a sun rising over the horizon, white on the portal's teal. Run
 * from the repository root with {@code java aftercare-ui/icons/DrawIcons.java}; it writes the PNGs
 * the web app manifest names into {@code aftercare-ui/src/main/webapp/icons/}. The maskable icon
 * fills its square and keeps the sun inside the central 80% circle that launchers never crop.
 */
public class DrawIcons {

  static final Color TEAL = new Color(0x0b6e69);

  public static void main(String[] args) throws IOException {
    var folder = new File("aftercare-ui/src/main/webapp/icons");
    folder.mkdirs();
    for (int size : new int[] {192, 512}) {
      ImageIO.write(draw(size, false), "png", new File(folder, "icon-" + size + ".png"));
    }
    ImageIO.write(draw(512, true), "png", new File(folder, "icon-maskable-512.png"));
    ImageIO.write(draw(180, false), "png", new File(folder, "apple-touch-icon.png"));
  }

  static BufferedImage draw(int size, boolean maskable) {
    var image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setColor(TEAL);
    if (maskable) {
      g.fillRect(0, 0, size, size);
    } else {
      double corner = size * 0.22;
      g.fill(new RoundRectangle2D.Double(0, 0, size, size, corner, corner));
    }
    // The glyph's scale: the maskable one shrinks into the safe zone.
    double unit = size * (maskable ? 0.0078 : 0.01);
    double centerX = size / 2.0;
    double horizon = size * 0.60;
    g.setColor(Color.WHITE);
    double radius = 22 * unit;
    g.fill(
        new Arc2D.Double(
            centerX - radius, horizon - radius, 2 * radius, 2 * radius, 0, 180, Arc2D.CHORD));
    g.setStroke(new BasicStroke((float) (5 * unit), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(new Line2D.Double(centerX - 36 * unit, horizon, centerX + 36 * unit, horizon));
    double shore = horizon + 12 * unit;
    g.draw(new Line2D.Double(centerX - 20 * unit, shore, centerX + 20 * unit, shore));
    for (int degrees : new int[] {30, 60, 90, 120, 150}) {
      double angle = Math.toRadians(degrees);
      double inner = radius + 8 * unit;
      double outer = radius + 16 * unit;
      g.draw(
          new Line2D.Double(
              centerX + inner * Math.cos(angle),
              horizon - inner * Math.sin(angle),
              centerX + outer * Math.cos(angle),
              horizon - outer * Math.sin(angle)));
    }
    g.dispose();
    return image;
  }
}
