package dev.focal.customers;

import dev.focal.optics.Addition;
import dev.focal.optics.Axis;
import dev.focal.optics.ContactLensEye;
import dev.focal.optics.ContactLensRx;
import dev.focal.optics.Cylinder;
import dev.focal.optics.EyeRx;
import dev.focal.optics.FittingHeight;
import dev.focal.optics.OpticalRx;
import dev.focal.optics.Prism;
import dev.focal.optics.PupillaryDistance;
import dev.focal.optics.SpectacleRx;
import dev.focal.optics.Sphere;
import dev.focal.optics.VertexDistance;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The plain text that gets encrypted: a prescription's values, prescriber and notes as a small, explicit JSON
 * document ({@code "format": 1}), written field by field so that renaming a Java record never changes what is
 * stored. Numbers are kept as the decimal strings the value objects hold ({@code "-2.25"}), so nothing is
 * rounded on the way through.
 */
final class RxCodec {

    static final int FORMAT = 1;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RxCodec() {
    }

    /** What one version keeps encrypted. */
    record Payload(@Nullable OpticalRx rx, @Nullable String prescriber, @Nullable String notes) {
    }

    static byte[] write(Payload payload) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        switch (payload.rx()) {
            case null -> root.putNull("rx");
            case SpectacleRx s -> root.set("rx", spectacles(s));
            case ContactLensRx c -> root.set("rx", contactLenses(c));
        }
        putText(root, "prescriber", payload.prescriber());
        putText(root, "notes", payload.notes());
        return JSON.writeValueAsBytes(root);
    }

    static Payload read(byte[] bytes) {
        JsonNode root = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
        int format = root.path("format").asInt(0);
        if (format != FORMAT) {
            throw new IllegalStateException("Unknown prescription format " + format);
        }
        JsonNode rx = root.path("rx");
        OpticalRx value = null;
        if (rx.isObject()) {
            value = switch (rx.path("type").asString()) {
                case "spectacles" -> spectacles(rx);
                case "contact-lenses" -> contactLenses(rx);
                default -> throw new IllegalStateException("Unknown prescription type " + rx.path("type"));
            };
        }
        return new Payload(value, text(root, "prescriber"), text(root, "notes"));
    }

    // spectacles -----------------------------------------------------------------------------------------

    private static ObjectNode spectacles(SpectacleRx rx) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", "spectacles");
        node.set("od", eye(rx.right()));
        node.set("os", eye(rx.left()));
        PupillaryDistance pd = rx.pd();
        if (pd != null) {
            ObjectNode p = node.putObject("pd");
            putDecimal(p, "binocular", pd.binocular());
            putDecimal(p, "right", pd.right());
            putDecimal(p, "left", pd.left());
            putDecimal(p, "near", pd.near());
        }
        putDecimal(node, "odHeight", rx.rightHeight() == null ? null : rx.rightHeight().mm());
        putDecimal(node, "osHeight", rx.leftHeight() == null ? null : rx.leftHeight().mm());
        node.put("vertex", rx.vertex().mm());
        return node;
    }

    private static ObjectNode eye(EyeRx eye) {
        ObjectNode node = JSON.createObjectNode();
        node.put("sph", eye.sphere().diopters().toPlainString());
        node.put("cyl", eye.cylinder().diopters().toPlainString());
        if (eye.axis() != null) {
            node.put("axis", eye.axis().degrees());
        }
        putDecimal(node, "add", eye.addition() == null ? null : eye.addition().diopters());
        Prism prism = eye.prism();
        if (prism != null) {
            putPart(node, "prismH", prism.horizontal());
            putPart(node, "prismV", prism.vertical());
        }
        return node;
    }

    private static SpectacleRx spectacles(JsonNode node) {
        JsonNode pd = node.path("pd");
        PupillaryDistance distance = pd.isObject()
                ? new PupillaryDistance(decimal(pd, "binocular"), decimal(pd, "right"), decimal(pd, "left"),
                decimal(pd, "near"))
                : null;
        BigDecimal odHeight = decimal(node, "odHeight");
        BigDecimal osHeight = decimal(node, "osHeight");
        return new SpectacleRx(eye(node.path("od")), eye(node.path("os")), distance,
                odHeight == null ? null : new FittingHeight(odHeight),
                osHeight == null ? null : new FittingHeight(osHeight),
                new VertexDistance(node.path("vertex").asInt(VertexDistance.STANDARD.mm())));
    }

    private static EyeRx eye(JsonNode node) {
        BigDecimal add = decimal(node, "add");
        Prism.Part horizontal = part(node.path("prismH"));
        Prism.Part vertical = part(node.path("prismV"));
        return new EyeRx(new Sphere(new BigDecimal(node.path("sph").asString())),
                new Cylinder(new BigDecimal(node.path("cyl").asString())),
                node.has("axis") ? new Axis(node.path("axis").asInt()) : null,
                add == null ? null : new Addition(add),
                horizontal == null && vertical == null ? null : new Prism(horizontal, vertical));
    }

    private static void putPart(ObjectNode node, String name, Prism.@Nullable Part part) {
        if (part != null) {
            ObjectNode p = node.putObject(name);
            p.put("amount", part.amount().toPlainString());
            p.put("base", part.base().name());
        }
    }

    private static Prism.@Nullable Part part(JsonNode node) {
        return node.isObject()
                ? new Prism.Part(new BigDecimal(node.path("amount").asString()), Prism.Base.valueOf(node.path("base").asString()))
                : null;
    }

    // contact lenses -------------------------------------------------------------------------------------

    private static ObjectNode contactLenses(ContactLensRx rx) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", "contact-lenses");
        node.set("od", lens(rx.right()));
        node.set("os", lens(rx.left()));
        return node;
    }

    private static ObjectNode lens(ContactLensEye eye) {
        ObjectNode node = JSON.createObjectNode();
        node.put("brand", eye.brand());
        node.put("power", eye.power().diopters().toPlainString());
        node.put("bc", eye.baseCurve().toPlainString());
        node.put("dia", eye.diameter().toPlainString());
        node.put("cyl", eye.cylinder().diopters().toPlainString());
        if (eye.axis() != null) {
            node.put("axis", eye.axis().degrees());
        }
        putText(node, "add", eye.addition());
        return node;
    }

    private static ContactLensRx contactLenses(JsonNode node) {
        return new ContactLensRx(lens(node.path("od")), lens(node.path("os")));
    }

    private static ContactLensEye lens(JsonNode node) {
        return new ContactLensEye(node.path("brand").asString(), new Sphere(new BigDecimal(node.path("power").asString())),
                new BigDecimal(node.path("bc").asString()), new BigDecimal(node.path("dia").asString()),
                new Cylinder(new BigDecimal(node.path("cyl").asString())),
                node.has("axis") ? new Axis(node.path("axis").asInt()) : null, text(node, "add"));
    }

    // helpers --------------------------------------------------------------------------------------------

    private static void putDecimal(ObjectNode node, String name, @Nullable BigDecimal value) {
        if (value != null) {
            node.put(name, value.toPlainString());
        }
    }

    private static void putText(ObjectNode node, String name, @Nullable String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static @Nullable BigDecimal decimal(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : new BigDecimal(value.asString());
    }

    private static @Nullable String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asString();
    }
}
