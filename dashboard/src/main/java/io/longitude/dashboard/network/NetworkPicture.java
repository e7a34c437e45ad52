package io.longitude.dashboard.network;

import io.longitude.dashboard.charts.Texts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jfree.graphics2d.svg.SVGGraphics2D;
import org.jfree.graphics2d.svg.SVGHints;

/**
 * The collaboration network of an edition: the edition's candidates as dots and the other editions' candidates tied
 * to them as squares, coloured by edition or by referral desk; ties as lines coloured and dashed by kind; a legend
 * with the counts. No labels: the nodes are anonymous. In SVG every node is an element with id {@code node-<index>}
 * and every tie one with id {@code tie-<n>}, so the drawing can be checked against the lake.
 */
public record NetworkPicture(
        EditionNetwork network, NetworkLayout layout, Colouring colouring, String title, Texts texts)
        implements Picture {
    static final Color[] PALETTE = {
        new Color(0x1b6ca8),
        new Color(0xe6862a),
        new Color(0x3a9a4a),
        new Color(0xc0392b),
        new Color(0x8e5ea2),
        new Color(0x8c6d31),
        new Color(0xd45fa0),
        new Color(0x17a2b8),
        new Color(0xbcbd22),
        new Color(0x5f6b7a)
    };
    static final Color UNKNOWN = new Color(0xb0b0b0);
    static final List<String> KINDS =
            List.of("co_founding", "supplier_client", "joint_project", "referral", NetworkGraph.SEVERAL_KINDS);
    private static final int WIDTH = 960;
    private static final int HEIGHT = 640;
    private static final Rectangle2D AREA = new Rectangle2D.Double(30, 60, 580, 550);
    private static final int LEGEND_X = 650;
    private static final int MAX_LEGEND_GROUPS = 12;

    @Override
    public int width() {
        return WIDTH;
    }

    @Override
    public int height() {
        return HEIGHT;
    }

    @Override
    public void draw(Graphics2D graphics) {
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, WIDTH, HEIGHT);
        graphics.setColor(new Color(0x1d2433));
        graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        graphics.drawString(title, 20, 28);
        graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        graphics.drawString(
                network.nodes() + " " + texts.get("network-map.nodes") + " · " + network.ties() + " "
                        + texts.get("network-map.ties"),
                20,
                46);
        if (network.graph().isEmpty()) {
            graphics.setColor(new Color(0x8a6d00));
            graphics.drawString(texts.get("network-map.too-large"), 30, 100);
            return;
        }
        NetworkGraph graph = network.graph().orElseThrow();
        Map<String, Color> groups = groups(graph);
        drawTies(graphics, graph);
        drawNodes(graphics, graph, groups);
        drawLegend(graphics, graph, groups);
    }

    /** The colour of each group (edition or desk), the drawn edition first, unknown desks grey. */
    Map<String, Color> groups(NetworkGraph graph) {
        Map<String, Color> colours = new LinkedHashMap<>();
        TreeSet<String> names = new TreeSet<>();
        graph.nodes().forEach(node -> names.add(group(node)));
        if (colouring == Colouring.EDITION) {
            colours.put(graph.editionId(), PALETTE[0]);
        }
        for (String name : names) {
            if (!name.isEmpty() && !colours.containsKey(name)) {
                colours.put(name, PALETTE[colours.size() % PALETTE.length]);
            }
        }
        if (names.contains("")) {
            colours.put("", UNKNOWN);
        }
        return colours;
    }

    private String group(NetworkGraph.Node node) {
        return colouring == Colouring.EDITION ? node.edition() : node.desk();
    }

    private void drawTies(Graphics2D graphics, NetworkGraph graph) {
        int number = 0;
        for (NetworkGraph.Tie tie : graph.ties()) {
            number++;
            graphics.setColor(kindColour(tie.kind()));
            graphics.setStroke(kindStroke(tie.kind()));
            identify(graphics, "tie-" + number);
            graphics.draw(new Line2D.Double(x(tie.from()), y(tie.from()), x(tie.to()), y(tie.to())));
        }
    }

    private void drawNodes(Graphics2D graphics, NetworkGraph graph, Map<String, Color> groups) {
        graphics.setStroke(new BasicStroke(0.8f));
        for (NetworkGraph.Node node : graph.nodes()) {
            Shape shape = node(node.member(), x(node.index()), y(node.index()));
            graphics.setColor(groups.get(group(node)));
            identify(graphics, "node-" + node.index());
            graphics.fill(shape);
            graphics.setColor(new Color(0x1d2433));
            graphics.draw(shape);
        }
    }

    private void drawLegend(Graphics2D graphics, NetworkGraph graph, Map<String, Color> groups) {
        graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        graphics.setColor(new Color(0x1d2433));
        int y = 80;
        graphics.drawString(
                texts.get(colouring == Colouring.EDITION ? "network-map.legend.edition" : "network-map.legend.desk"),
                LEGEND_X,
                y);
        graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        Map<String, Long> counts = new LinkedHashMap<>();
        graph.nodes().forEach(node -> counts.merge(group(node), 1L, Long::sum));
        List<Map.Entry<String, Color>> entries = new ArrayList<>(groups.entrySet());
        for (int i = 0; i < entries.size() && i < MAX_LEGEND_GROUPS; i++) {
            y += 20;
            String name = entries.get(i).getKey();
            graphics.setColor(entries.get(i).getValue());
            graphics.fill(new Ellipse2D.Double(LEGEND_X, y - 9, 10, 10));
            graphics.setColor(new Color(0x1d2433));
            graphics.drawString(
                    (name.isEmpty() ? texts.get("network-map.unknown-desk") : name) + " (" + counts.get(name) + ")",
                    LEGEND_X + 18,
                    y);
        }
        if (entries.size() > MAX_LEGEND_GROUPS) {
            y += 20;
            graphics.drawString("… +" + (entries.size() - MAX_LEGEND_GROUPS), LEGEND_X + 18, y);
        }
        y += 30;
        graphics.setStroke(new BasicStroke(0.8f));
        graphics.fill(node(true, LEGEND_X + 5, y - 4));
        graphics.drawString(texts.get("network-map.member") + " (" + network.members() + ")", LEGEND_X + 18, y);
        y += 20;
        graphics.draw(node(false, LEGEND_X + 5, y - 4));
        graphics.drawString(texts.get("network-map.other") + " (" + network.others() + ")", LEGEND_X + 18, y);

        y += 34;
        graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        graphics.drawString(texts.get("network-map.legend.kind"), LEGEND_X, y);
        graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        Map<String, Long> kinds = graph.tiesByKind();
        List<String> shown = new ArrayList<>(KINDS);
        kinds.keySet().stream().filter(kind -> !KINDS.contains(kind)).forEach(shown::add);
        for (String kind : shown) {
            if (!kinds.containsKey(kind)) {
                continue;
            }
            y += 20;
            graphics.setColor(kindColour(kind));
            graphics.setStroke(kindStroke(kind));
            graphics.draw(new Line2D.Double(LEGEND_X, y - 4, LEGEND_X + 24, y - 4));
            graphics.setColor(new Color(0x1d2433));
            graphics.drawString(texts.get("network-map.kind." + kind) + " (" + kinds.get(kind) + ")", LEGEND_X + 32, y);
        }
    }

    private static Shape node(boolean member, double x, double y) {
        return member ? new Ellipse2D.Double(x - 5, y - 5, 10, 10) : new Rectangle2D.Double(x - 4, y - 4, 8, 8);
    }

    static Color kindColour(String kind) {
        return switch (kind) {
            case "co_founding" -> new Color(0x7b2d26);
            case "supplier_client" -> new Color(0x1f77b4);
            case "joint_project" -> new Color(0x2ca02c);
            case "referral" -> new Color(0xff7f0e);
            case NetworkGraph.SEVERAL_KINDS -> new Color(0x6a3d9a);
            default -> UNKNOWN;
        };
    }

    static Stroke kindStroke(String kind) {
        return switch (kind) {
            case "co_founding" -> new BasicStroke(2.4f);
            case "joint_project" ->
                new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
            case "referral" ->
                new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {1.5f, 3.5f}, 0f);
            case NetworkGraph.SEVERAL_KINDS -> new BasicStroke(2f);
            default -> new BasicStroke(1.4f);
        };
    }

    private double x(int index) {
        return AREA.getMinX() + layout.x().get(index - 1) * AREA.getWidth();
    }

    private double y(int index) {
        return AREA.getMinY() + layout.y().get(index - 1) * AREA.getHeight();
    }

    /** Names the next SVG element; a PNG has no elements to name. */
    private static void identify(Graphics2D graphics, String id) {
        if (graphics instanceof SVGGraphics2D) {
            graphics.setRenderingHint(SVGHints.KEY_ELEMENT_ID, id);
        }
    }
}
