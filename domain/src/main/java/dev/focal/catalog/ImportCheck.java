package dev.focal.catalog;

import static dev.focal.catalog.CatalogImport.COLUMNS;
import static dev.focal.catalog.CatalogImport.FRAMES;
import static dev.focal.catalog.CatalogImport.MAX_PROBLEMS_LISTED;
import static dev.focal.catalog.CatalogImport.MAX_ROWS;
import static dev.focal.catalog.CatalogImport.REQUIRED;

import dev.focal.catalog.CatalogExceptions.InvalidProduct;
import dev.focal.catalog.FrameSpec.AgeGroup;
import dev.focal.catalog.FrameSpec.Colour;
import dev.focal.catalog.FrameSpec.FaceWidth;
import dev.focal.catalog.FrameSpec.Gender;
import dev.focal.catalog.FrameSpec.Material;
import dev.focal.catalog.FrameSpec.RimType;
import dev.focal.catalog.FrameSpec.Shape;
import dev.focal.catalog.FrameSpec.Size;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One check of one import file: reads the CSV, parses every row, groups the rows of a code into a model, checks
 * that a model's rows agree and that SKUs and barcodes are unique, and builds each model's draft with the same
 * rules as {@link Catalog#create} and {@link Catalog#update}. Collects every problem with its line and column
 * (the first {@link CatalogImport#MAX_PROBLEMS_LISTED} listed), for the dry-run report or before applying.
 * Reads only, through {@link ProductStore}; one instance per file.
 */
final class ImportCheck {

    private static final List<String> MODEL_COLUMNS = List.of("category", "name", "brand", "description", "tax_class",
            "shape", "material", "rim_type", "gender", "age_group", "face_width", "rx_able");
    private static final List<String> COLOUR_COLUMNS = List.of("colour_name", "swatch", "colour_surcharge");
    private static final List<String> SIZE_COLUMNS = List.of("b", "ed");
    private static final Pattern LIST_FIELD = Pattern.compile("^(colours|sizes|variants)\\[(\\d+)](?:\\.(\\w+))?$");
    private static final Map<String, String> FIELD_COLUMNS = Map.ofEntries(Map.entry("code", "code"),
            Map.entry("category", "category"), Map.entry("name", "name"), Map.entry("brand", "brand"),
            Map.entry("description", "description"), Map.entry("taxClass", "tax_class"), Map.entry("frame", "shape"),
            Map.entry("shape", "shape"), Map.entry("material", "material"), Map.entry("rimType", "rim_type"),
            Map.entry("gender", "gender"), Map.entry("ageGroup", "age_group"), Map.entry("faceWidth", "face_width"),
            Map.entry("colours", "colour_code"), Map.entry("sizes", "a"), Map.entry("readerPowers", "reader_power"),
            Map.entry("variants", "sku"));

    private final Catalog catalog;
    private final ProductStore store;

    ImportCheck(Catalog catalog, ProductStore store) {
        this.catalog = catalog;
        this.store = store;
    }

    final List<ImportProblem> problems = new ArrayList<>();
    int problemCount;
    int rows;
    final Map<String, Model> models = new LinkedHashMap<>();

    void add(int line, String column, String message) {
        problemCount++;
        if (problems.size() < MAX_PROBLEMS_LISTED) {
            problems.add(new ImportProblem(line, column, message));
        }
    }

    void add(Row row, String column, String message) {
        row.bad = true;
        row.badColumns.add(column);
        add(row.line, column, message);
    }

    ImportReport report(boolean applied) {
        int create = 0;
        int update = 0;
        int variants = 0;
        for (Model model : models.values()) {
            if (model.existing == null) {
                create++;
            } else {
                update++;
            }
            variants += model.draft == null ? model.rows.size() : model.draft.variants().size();
        }
        var sorted = problems.stream().sorted(java.util.Comparator.comparingInt(ImportProblem::line)).toList();
        return new ImportReport(rows, create, update, variants, sorted, problemCount, applied);
    }

    ImportCheck check(InputStream csv) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var parser = new Csv.Parser(new InputStreamReader(csv, decoder));
        List<String> header = null;
        int headerLine = 1;
        try {
            for (Csv.Record record = parser.next(); record != null; record = parser.next()) {
                if (record.blank()) {
                    continue;
                }
                if (header == null) {
                    header = record.fields().stream()
                            .map(h -> h.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_'))
                            .toList();
                    headerLine = record.line();
                    if (!header(header, headerLine)) {
                        return this;
                    }
                    continue;
                }
                if (++rows > MAX_ROWS) {
                    add(record.line(), "", "The file has more than " + MAX_ROWS + " rows; split it into smaller"
                            + " files.");
                    return this;
                }
                if (record.fields().size() != header.size()) {
                    add(record.line(), "", "This line has " + record.fields().size() + " values but the header has "
                            + header.size() + ". Look for a missing or extra comma, or a value with a comma that"
                            + " is not in quotes.");
                    continue;
                }
                var row = new Row(record.line());
                for (int i = 0; i < header.size(); i++) {
                    String value = record.fields().get(i).strip();
                    row.raw.put(header.get(i), CatalogImport.NUMERIC.contains(header.get(i)) ? value
                            : Csv.restore(value));
                }
                parse(row);
                if (!row.code.isEmpty()) {
                    models.computeIfAbsent(row.code, code -> new Model(code, row.line)).rows.add(row);
                }
            }
        } catch (Csv.SyntaxError syntax) {
            add(syntax.line(), "", "The file is not valid CSV here: " + syntax.getMessage()
                    + " Lines after this one were not checked.");
            return this;
        } catch (UncheckedIOException io) {
            if (io.getCause() instanceof CharacterCodingException) {
                add(0, "", "The file is not UTF-8 text. Save it as \"CSV UTF-8\" and try again.");
                return this;
            }
            throw io;
        }
        if (header == null) {
            add(1, "", "The file is empty: it needs a header line naming the columns and a line per variant.");
            return this;
        }
        if (models.isEmpty() && problemCount == 0) {
            add(headerLine, "", "The file has a header but no rows.");
            return this;
        }
        models.values().forEach(this::consistent);
        unique();
        for (Model model : models.values()) {
            // Every model, bad rows or not, so a broken row of an existing model counts it as an update.
            model.existing = store.idByCode(model.code).flatMap(store::header).orElse(null);
            if (!model.bad()) {
                checkModel(model);
            }
        }
        return this;
    }

    private boolean header(List<String> header, int line) {
        boolean ok = true;
        var seen = new HashSet<String>();
        for (String column : header) {
            if (!COLUMNS.contains(column)) {
                add(line, column, "Unknown column \"" + column + "\". The columns are: " + String.join(", ", COLUMNS)
                        + ".");
                ok = false;
            } else if (!seen.add(column)) {
                add(line, column, "The column " + column + " appears twice.");
                ok = false;
            }
        }
        for (String column : COLUMNS) {
            if (REQUIRED.contains(column) && !seen.contains(column)) {
                add(line, column, "The column " + column + " is missing.");
                ok = false;
            }
        }
        return ok;
    }

    /** Parses a row's values, reporting each one that is malformed. */
    private void parse(Row row) {
        row.code = row.get("code").toUpperCase(Locale.ROOT);
        if (row.code.isEmpty()) {
            add(row, "code", "Enter the model code, like FR-1001: rows with the same code form one model.");
        }
        String category = row.get("category");
        if (!category.isEmpty()) {
            row.category = enumValue(row, "category", Category.class, category);
            if (row.category != null && !FRAMES.contains(row.category)) {
                add(row, "category", "Only frames are imported: use eyeglasses, sunglasses or readers.");
                row.category = null;
            }
        }
        row.shape = enumValue(row, "shape", Shape.class, row.get("shape"));
        row.material = enumValue(row, "material", Material.class, row.get("material"));
        row.rimType = enumValue(row, "rim_type", RimType.class, row.get("rim_type"));
        row.gender = enumValue(row, "gender", Gender.class, row.get("gender"));
        row.ageGroup = enumValue(row, "age_group", AgeGroup.class, row.get("age_group"));
        row.faceWidth = enumValue(row, "face_width", FaceWidth.class, row.get("face_width"));
        String rx = row.get("rx_able").toLowerCase(Locale.ROOT);
        switch (rx) {
            case "" -> row.rxAble = null;
            case "true", "yes", "y", "1" -> row.rxAble = true;
            case "false", "no", "n", "0" -> row.rxAble = false;
            default -> add(row, "rx_able", "Write true or false (can the frame take prescription lenses?).");
        }
        row.colourCode = row.get("colour_code").toUpperCase(Locale.ROOT);
        if (row.colourCode.isEmpty()) {
            add(row, "colour_code", "Enter the colour code, like BLK.");
        }
        row.surcharge = decimal(row, "colour_surcharge", "an amount like 10.00");
        row.a = integer(row, "a");
        row.b = integer(row, "b");
        row.dbl = integer(row, "dbl");
        row.ed = integer(row, "ed");
        row.temple = integer(row, "temple");
        for (String column : List.of("a", "dbl", "temple")) {
            if (row.get(column).isEmpty()) {
                add(row, column, "Enter " + column.toUpperCase(Locale.ROOT).replace("TEMPLE", "the temple length")
                        + ": A, DBL and temple name the size.");
            }
        }
        row.readerPower = decimal(row, "reader_power", "a power like 1.50");
        row.sku = row.get("sku").toUpperCase(Locale.ROOT);
        row.barcode = row.get("barcode").isEmpty() ? null : row.get("barcode");
        String status = row.get("sku_status");
        if (!status.isEmpty()) {
            Variant.Status parsed = enumValue(row, "sku_status", Variant.Status.class, status);
            row.status = parsed == null ? Variant.Status.ACTIVE : parsed;
        }
        for (String column : MODEL_COLUMNS) {
            row.normalised.put(column, normalise(row, column));
        }
        for (String column : COLOUR_COLUMNS) {
            row.normalised.put(column, normalise(row, column));
        }
        for (String column : SIZE_COLUMNS) {
            row.normalised.put(column, row.get(column));
        }
    }

    private String normalise(Row row, String column) {
        String value = row.get(column);
        return switch (column) {
            case "category" -> row.category == null ? value : row.category.name();
            case "shape" -> row.shape == null ? value : row.shape.name();
            case "material" -> row.material == null ? value : row.material.name();
            case "rim_type" -> row.rimType == null ? value : row.rimType.name();
            case "gender" -> row.gender == null ? value : row.gender.name();
            case "age_group" -> row.ageGroup == null ? value : row.ageGroup.name();
            case "face_width" -> row.faceWidth == null ? value : row.faceWidth.name();
            case "rx_able" -> row.rxAble == null ? value : row.rxAble.toString();
            case "tax_class" -> value.toUpperCase(Locale.ROOT);
            case "swatch" -> swatch(value);
            case "colour_surcharge" -> row.surcharge == null ? value : row.surcharge.stripTrailingZeros().toPlainString();
            default -> value;
        };
    }

    /** A model's later rows may repeat its first row's values or leave them empty, but not contradict them. */
    private void consistent(Model model) {
        Row first = model.rows.getFirst();
        var colours = new HashMap<String, Row>();
        var sizes = new HashMap<String, Row>();
        var powers = new HashSet<BigDecimal>();
        for (Row row : model.rows) {
            if (row != first) {
                for (String column : MODEL_COLUMNS) {
                    differs(model, first, row, column, "model " + model.code);
                }
            }
            if (!row.colourCode.isEmpty()) {
                Row defined = colours.get(row.colourCode);
                if (defined == null) {
                    colours.put(row.colourCode, row);
                    model.colourLines.add(row.line);
                } else {
                    for (String column : COLOUR_COLUMNS) {
                        differs(model, defined, row, column, "colour " + row.colourCode);
                    }
                }
            }
            if (row.a != null && row.dbl != null && row.temple != null) {
                Row defined = sizes.get(row.sizeKey());
                if (defined == null) {
                    sizes.put(row.sizeKey(), row);
                    model.sizeLines.add(row.line);
                    for (String column : SIZE_COLUMNS) {
                        if (row.get(column).isEmpty()) {
                            add(row, column, "Enter " + column.toUpperCase(Locale.ROOT) + " for size "
                                    + row.sizeKey() + " (its first row).");
                        }
                    }
                } else {
                    for (String column : SIZE_COLUMNS) {
                        differs(model, defined, row, column, "size " + row.sizeKey());
                    }
                }
            }
            if (row.readerPower != null && powers.isEmpty()) {
                model.powerLine = row.line;
            }
            if (row.readerPower != null) {
                powers.add(row.readerPower);
            }
        }
    }

    private void differs(Model model, Row defined, Row row, String column, String what) {
        if (defined.badColumns.contains(column) || row.badColumns.contains(column)) {
            return; // already reported as malformed
        }
        String value = row.normalised.getOrDefault(column, "");
        String expected = defined.normalised.getOrDefault(column, "");
        if (!value.isEmpty() && !value.equals(expected)) {
            add(row, column, "This row gives " + column + " \"" + row.get(column) + "\" but line " + defined.line
                    + " gives \"" + defined.get(column) + "\" for " + what + ". Repeat the same value or"
                    + " leave it empty.");
        }
    }

    /** SKUs and barcodes are unique across the file and across other products. */
    private void unique() {
        var skuLines = new HashMap<String, Row>();
        var barcodeLines = new HashMap<String, Row>();
        for (Model model : models.values()) {
            for (Row row : model.rows) {
                if (row.sku.isEmpty() && !row.bad) {
                    row.sku = ProductRules.generatedSku(model.code, row.colourCode, new Size(row.a, 0, row.dbl, 0,
                            row.temple), row.readerPower);
                }
                if (!row.sku.isEmpty()) {
                    Row other = skuLines.putIfAbsent(row.sku, row);
                    if (other != null) {
                        add(row, "sku", "The SKU " + row.sku + " is also on line " + other.line + ".");
                    }
                }
                if (row.barcode != null) {
                    Row other = barcodeLines.putIfAbsent(row.barcode, row);
                    if (other != null) {
                        add(row, "barcode", "The barcode " + row.barcode + " is also on line " + other.line + ".");
                    }
                }
            }
        }
        Map<String, String> skuOwners = store.skusOfOthers(skuLines.keySet(), null);
        Map<String, String> barcodeSkus = store.barcodesOfOthers(barcodeLines.keySet(), null);
        Map<String, String> barcodeOwners = store.skusOfOthers(new HashSet<>(barcodeSkus.values()), null);
        for (Model model : models.values()) {
            for (Row row : model.rows) {
                String owner = skuOwners.get(row.sku);
                if (owner != null && !owner.equals(model.code) && skuLines.get(row.sku) == row) {
                    add(row, "sku", "The SKU " + row.sku + " belongs to product " + owner + ".");
                }
                if (row.barcode != null && barcodeSkus.containsKey(row.barcode) && barcodeLines.get(row.barcode) == row) {
                    String sku = barcodeSkus.get(row.barcode);
                    String product = barcodeOwners.get(sku);
                    if (product != null && !product.equals(model.code)) {
                        add(row, "barcode", "The barcode " + row.barcode + " belongs to SKU " + sku + " of product "
                                + product + ".");
                    }
                }
            }
        }
    }

    /** Builds the model's draft and checks it as the catalog would before saving it. */
    private void checkModel(Model model) {
        Row first = model.rows.getFirst();
        var colours = new LinkedHashMap<String, Colour>();
        var sizes = new LinkedHashMap<String, Size>();
        var powers = new ArrayList<BigDecimal>();
        var variants = new ArrayList<Variant>();
        for (Row row : model.rows) {
            colours.putIfAbsent(row.colourCode, new Colour(row.colourCode, row.get("colour_name"),
                    swatch(row.get("swatch")), row.surcharge == null ? BigDecimal.ZERO : row.surcharge));
            sizes.putIfAbsent(row.sizeKey(), new Size(row.a, row.b == null ? 0 : row.b, row.dbl,
                    row.ed == null ? 0 : row.ed, row.temple));
            if (row.readerPower != null && powers.stream().noneMatch(p -> p.compareTo(row.readerPower) == 0)) {
                powers.add(row.readerPower);
            }
            variants.add(new Variant(row.sku, row.colourCode, row.sizeKey(), row.readerPower, row.barcode,
                    row.status));
        }
        Category category = first.category;
        if (category == null) {
            add(first, "category", "Enter the category: eyeglasses, sunglasses or readers.");
            return;
        }
        boolean rxAble = first.rxAble != null ? first.rxAble : category == Category.EYEGLASSES;
        String taxClass = first.get("tax_class").isEmpty() ? "STANDARD" : first.get("tax_class");
        var frame = new FrameSpec(first.shape, first.material, first.rimType, first.gender, first.ageGroup,
                first.faceWidth, rxAble, List.copyOf(colours.values()), List.copyOf(sizes.values()), powers);
        var draft = new ProductDraft(category, model.code, first.get("name"), first.get("brand"),
                first.get("description"), taxClass, frame, null, null, variants);
        try {
            model.draft = model.existing == null ? catalog.checkNew(draft) : catalog.checkExisting(model.existing, draft);
        } catch (InvalidProduct invalid) {
            problem(model, invalid);
        }
    }

    private <E extends Enum<E>> @Nullable E enumValue(Row row, String column, Class<E> type, String value) {
        if (value.isEmpty()) {
            return null;
        }
        String key = value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(key)) {
                return constant;
            }
        }
        add(row, column, "Unknown " + column.replace('_', ' ') + " \"" + value + "\". Use one of: "
                + Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")) + ".");
        return null;
    }

    private @Nullable Integer integer(Row row, String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            add(row, column, "\"" + value + "\" is not a whole number of millimetres, like 52.");
            return null;
        }
    }

    private @Nullable BigDecimal decimal(Row row, String column, String example) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        if (value.contains(",")) {
            add(row, column, "Write " + example + ", with a decimal point rather than a comma.");
            return null;
        }
        try {
            return new BigDecimal(value.startsWith("+") ? value.substring(1) : value);
        } catch (NumberFormatException e) {
            add(row, column, "\"" + value + "\" is not a number; write " + example + ".");
            return null;
        }
    }

    /** Puts a rule's problem on the line and column its field came from. */
    void problem(Model model, InvalidProduct invalid) {
        String field = invalid.field();
        Matcher list = LIST_FIELD.matcher(field);
        if (list.matches()) {
            int index = Integer.parseInt(list.group(2));
            String part = list.group(3) == null ? "" : list.group(3);
            switch (list.group(1)) {
                case "colours" -> add(lineAt(model.colourLines, index, model.line), switch (part) {
                    case "name" -> "colour_name";
                    case "swatch" -> "swatch";
                    case "surcharge" -> "colour_surcharge";
                    default -> "colour_code";
                }, invalid.getMessage());
                case "sizes" -> add(lineAt(model.sizeLines, index, model.line),
                        part.isEmpty() ? "a" : part, invalid.getMessage());
                default -> add(index < model.rows.size() ? model.rows.get(index).line : model.line, switch (part) {
                    case "barcode" -> "barcode";
                    case "colour" -> "colour_code";
                    case "size" -> "a";
                    case "readerPower" -> "reader_power";
                    default -> "sku";
                }, invalid.getMessage());
            }
            return;
        }
        int line = field.equals("readerPowers") ? model.powerLine : model.line;
        add(line, FIELD_COLUMNS.getOrDefault(field, ""), invalid.getMessage());
    }

    /** One variant row as read, with its values parsed; {@code bad} when any of them could not be. */
    static final class Row {
        final int line;
        final Map<String, String> raw = new HashMap<>();
        /** Model, colour and size values normalised for comparing a model's rows with its first. */
        final Map<String, String> normalised = new HashMap<>();
        final Set<String> badColumns = new HashSet<>();
        boolean bad;
        String code = "";
        @Nullable Category category;
        @Nullable Shape shape;
        @Nullable Material material;
        @Nullable RimType rimType;
        @Nullable Gender gender;
        @Nullable AgeGroup ageGroup;
        @Nullable FaceWidth faceWidth;
        @Nullable Boolean rxAble;
        String colourCode = "";
        @Nullable BigDecimal surcharge;
        @Nullable Integer a;
        @Nullable Integer b;
        @Nullable Integer dbl;
        @Nullable Integer ed;
        @Nullable Integer temple;
        @Nullable BigDecimal readerPower;
        String sku = "";
        @Nullable String barcode;
        Variant.Status status = Variant.Status.ACTIVE;

        Row(int line) {
            this.line = line;
        }

        String get(String column) {
            return raw.getOrDefault(column, "");
        }

        String sizeKey() {
            return a + "-" + dbl + "-" + temple;
        }
    }

    /** The rows of one code, and what checking them found. */
    static final class Model {
        final String code;
        final int line;
        final List<Row> rows = new ArrayList<>();
        final List<Integer> colourLines = new ArrayList<>();
        final List<Integer> sizeLines = new ArrayList<>();
        int powerLine;
        ProductStore.@Nullable Header existing;
        @Nullable ProductDraft draft;

        Model(String code, int line) {
            this.code = code;
            this.line = line;
            this.powerLine = line;
        }

        boolean bad() {
            return rows.stream().anyMatch(r -> r.bad);
        }
    }

    private static int lineAt(List<Integer> lines, int index, int fallback) {
        return index < lines.size() ? lines.get(index) : fallback;
    }

    private static String swatch(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return v.matches("^[0-9a-f]{6}$") ? "#" + v : v;
    }
}
