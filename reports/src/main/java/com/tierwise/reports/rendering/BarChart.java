package com.tierwise.reports.rendering;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * A bar chart (grouped or stacked) drawn with Java2D: JasperReports' own charts need JFreeChart
 * and a chart extension, while a picture of a few bars needs neither. Labels use the DejaVu Sans
 * that jasperreports-fonts ships, so Turkish, Arabic and Persian labels render as in the text.
 *
 * @param categories the bars (or groups of bars), left to right
 * @param series the values per category, one list per series, each as long as categories
 * @param stacked whether the series stack in one bar or stand side by side
 */
public record BarChart(List<String> categories, List<Series> series, boolean stacked) {

  static final int WIDTH = 1046;
  static final int HEIGHT = 360;

  private static final Color[] PALETTE = {
    new Color(0x1F, 0x5F, 0x99), new Color(0x4C, 0x9F, 0x70), new Color(0xE0, 0x9F, 0x3E),
    new Color(0x9E, 0x9E, 0x9E), new Color(0xB5, 0x44, 0x44)
  };

  private static final Font BASE_FONT = loadFont();

  public BarChart {
    categories = List.copyOf(categories);
    series = List.copyOf(series);
    for (Series one : series) {
      if (one.values().size() != categories.size()) {
        throw new IllegalArgumentException(
            "Series " + one.name() + " has " + one.values().size() + " values for " + categories.size() + " categories");
      }
    }
  }

  /** One named series of values. */
  public record Series(String name, List<Double> values) {
    public Series {
      Objects.requireNonNull(name, "name");
      values = values.stream().map(v -> v == null ? 0.0 : v).toList();
    }
  }

  private static Font loadFont() {
    try (InputStream ttf =
        BarChart.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
      if (ttf == null) {
        return new Font(Font.SANS_SERIF, Font.PLAIN, 20);
      }
      return Font.createFont(Font.TRUETYPE_FONT, ttf).deriveFont(20f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FontFormatException e) {
      throw new IllegalStateException("DejaVu Sans from jasperreports-fonts is unreadable", e);
    }
  }

  /** Draws the chart at twice the size it is shown, so it stays sharp in print. */
  public BufferedImage draw(boolean rightToLeft) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      g.setFont(BASE_FONT);
      int left = 80;
      int right = WIDTH - 20;
      int top = 50;
      int bottom = HEIGHT - 50;
      double max = maximum();
      g.setColor(new Color(0xDD, 0xDD, 0xDD));
      g.setStroke(new BasicStroke(1f));
      for (int step = 0; step <= 4; step++) {
        int y = bottom - (int) Math.round((bottom - top) * step / 4.0);
        g.drawLine(left, y, right, y);
        g.setColor(Color.DARK_GRAY);
        String label = formatAxis(max * step / 4.0);
        g.drawString(label, left - 10 - g.getFontMetrics().stringWidth(label), y + 7);
        g.setColor(new Color(0xDD, 0xDD, 0xDD));
      }
      int n = Math.max(1, categories.size());
      double slot = (right - left) / (double) n;
      for (int i = 0; i < categories.size(); i++) {
        int index = rightToLeft ? categories.size() - 1 - i : i;
        double x0 = left + slot * i + slot * 0.15;
        double width = slot * 0.7;
        drawBars(g, index, x0, width, top, bottom, max);
        g.setColor(Color.DARK_GRAY);
        drawCentered(g, categories.get(index), x0 + width / 2, bottom + 30, slot);
      }
      drawLegend(g, rightToLeft);
    } finally {
      g.dispose();
    }
    return image;
  }

  private void drawBars(Graphics2D g, int index, double x0, double width, int top, int bottom, double max) {
    double base = bottom;
    double barWidth = stacked ? width : width / Math.max(1, series.size());
    for (int s = 0; s < series.size(); s++) {
      double value = Math.max(0, series.get(s).values().get(index));
      double height = max <= 0 ? 0 : (bottom - top) * value / max;
      g.setColor(PALETTE[s % PALETTE.length]);
      if (stacked) {
        g.fillRect((int) x0, (int) Math.round(base - height), (int) width, (int) Math.round(height));
        base -= height;
      } else {
        g.fillRect((int) (x0 + barWidth * s), (int) Math.round(bottom - height), (int) barWidth - 2, (int) Math.round(height));
      }
    }
  }

  private void drawLegend(Graphics2D g, boolean rightToLeft) {
    int x = rightToLeft ? WIDTH - 20 : 80;
    for (int s = 0; s < series.size(); s++) {
      String name = series.get(s).name();
      int textWidth = (int) new TextLayout(name, g.getFont(), g.getFontRenderContext()).getAdvance();
      int boxX = rightToLeft ? x - 18 : x;
      g.setColor(PALETTE[s % PALETTE.length]);
      g.fillRect(boxX, 14, 18, 18);
      g.setColor(Color.DARK_GRAY);
      if (rightToLeft) {
        g.drawString(name, boxX - 8 - textWidth, 31);
        x = boxX - 8 - textWidth - 30;
      } else {
        g.drawString(name, boxX + 26, 31);
        x = boxX + 26 + textWidth + 30;
      }
    }
  }

  private static void drawCentered(Graphics2D g, String text, double centre, int y, double room) {
    String shown = text;
    while (shown.length() > 1 && g.getFontMetrics().stringWidth(shown) > room - 4) {
      shown = shown.substring(0, shown.length() - 2) + "…";
    }
    g.drawString(shown, (float) (centre - g.getFontMetrics().stringWidth(shown) / 2.0), y);
  }

  private double maximum() {
    double max = 0;
    for (int i = 0; i < categories.size(); i++) {
      double sum = 0;
      for (Series one : series) {
        double value = Math.max(0, one.values().get(i));
        sum = stacked ? sum + value : Math.max(sum, value);
      }
      max = Math.max(max, sum);
    }
    return max == 0 ? 1 : niceCeiling(max);
  }

  private static double niceCeiling(double value) {
    double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (step * magnitude >= value) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }

  private static String formatAxis(double value) {
    if (Math.abs(value) >= 1_000_000) {
      return trim(value / 1_000_000) + "M";
    }
    if (Math.abs(value) >= 10_000) {
      return trim(value / 1_000) + "k";
    }
    return trim(value);
  }

  private static String trim(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : String.format(java.util.Locale.ROOT, "%.1f", value);
  }
}
