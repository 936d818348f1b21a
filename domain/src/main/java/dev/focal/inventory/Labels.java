package dev.focal.inventory;

import dev.focal.inventory.InventoryExceptions.InvalidStockInput;
import dev.focal.inventory.LabelRenderer.Barcode;
import dev.focal.inventory.LabelRenderer.Label;
import dev.focal.inventory.LabelRenderer.Symbology;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Printable labels with barcodes: bin labels (the bin code "WH1/A-01-03" in Code 128, as scanners read it
 * back) and SKU labels (the EAN-13 barcode when the SKU has one, else the SKU code in Code 128; with the
 * product description and no price). As PDF (an A4 sheet of 3 x 8, or single 62 x 29 mm labels) or ZPL for
 * thermal printers. Every staff member may print.
 */
@Service
@Transactional(readOnly = true)
public class Labels {

    /** At most this many labels in one file. */
    public static final int MAX_LABELS = 2000;

    /** "SKU", "SKU 3", "SKU x3", "SKU, 3": a code, then optionally a separator and the number of labels. */
    private static final Pattern LINE = Pattern.compile("^(\\S+?)(?:(?:\\s*[,;]\\s*|\\s+)[xX×]?\\s*(\\d{1,6}))?$");

    private final StockStore store;
    private final Locations locations;
    private final Inventory inventory;

    Labels(StockStore store, Locations locations, Inventory inventory) {
        this.store = store;
        this.locations = locations;
        this.inventory = inventory;
    }

    /**
     * Labels of bins by their full codes ("WH1/A-01-03").
     *
     * @throws InvalidStockInput naming {@code bins} when a code is unknown or there are none
     */
    @PreAuthorize(InventoryAccess.STAFF)
    public LabelFile binLabels(List<String> binCodes, LabelFormat format, String name) {
        if (binCodes.isEmpty()) {
            throw new InvalidStockInput("bins", "Choose the bins to print labels for.");
        }
        if (binCodes.size() > MAX_LABELS) {
            throw new InvalidStockInput("bins", "Print at most " + MAX_LABELS + " labels at once.");
        }
        List<Label> labels = new ArrayList<>();
        for (String code : binCodes) {
            BinLocation bin = locations.findBin(code)
                    .orElseThrow(() -> new InvalidStockInput("bins", "There is no bin " + code + "."));
            labels.add(new Label(bin.aisle() + "-" + bin.shelf() + "-" + bin.bin(),
                    bin.locationCode() + " · aisle " + bin.aisle() + ", shelf " + bin.shelf() + ", bin " + bin.bin(),
                    new Barcode(Symbology.CODE_128, bin.code())));
        }
        return render(labels, List.of(), format, "bin-labels-" + fileName(name));
    }

    /** The labels of every active bin of a location. */
    @PreAuthorize(InventoryAccess.STAFF)
    public LabelFile binLabelsOf(String locationCode, LabelFormat format) {
        Location location = locations.get(locationCode);
        List<String> codes = locations.bins(location.code()).stream().filter(BinLocation::active)
                .map(BinLocation::code).toList();
        if (codes.isEmpty()) {
            throw new InvalidStockInput("bins", location.code() + " has no bins yet.");
        }
        return binLabels(codes, format, location.code());
    }

    /** One label per unit on hand of every SKU at a location, by SKU. */
    @PreAuthorize(InventoryAccess.STAFF)
    public List<SkuLabel> skuLabelsAt(String locationCode) {
        Location location = locations.get(locationCode);
        return store.skuLabelsAt(location.id());
    }

    /**
     * SKU labels from typed lines: a SKU or barcode, optionally followed by the number of labels
     * ("FR-LUNA-BLK-52 3", "4006381333931 x2", "AC-CLOTH, 10").
     *
     * @throws InvalidStockInput naming {@code skus} and the line that is wrong
     */
    @PreAuthorize(InventoryAccess.STAFF)
    public List<SkuLabel> skuLabelsFor(String lines) {
        List<SkuLabel> labels = new ArrayList<>();
        int no = 0;
        for (String raw : (lines == null ? "" : lines).split("\\R")) {
            no++;
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            var matcher = LINE.matcher(line);
            if (!matcher.matches()) {
                throw new InvalidStockInput("skus", "Line " + no + ": write a SKU and how many labels, like \"AC-CLOTH 3\".");
            }
            int copies = 1;
            if (matcher.group(2) != null) {
                try {
                    copies = Integer.parseInt(matcher.group(2));
                } catch (NumberFormatException e) {
                    copies = -1;
                }
                if (copies < 1 || copies > MAX_LABELS) {
                    throw new InvalidStockInput("skus", "Line " + no + ": print 1 to " + MAX_LABELS + " labels.");
                }
            }
            String code = matcher.group(1);
            var facts = inventory.identify(code);
            if (!(facts instanceof Scan.OfSku(String scanned, var sku))) {
                throw new InvalidStockInput("skus", "Line " + no + ": no SKU or barcode " + code + " in the catalog.");
            }
            labels.add(new SkuLabel(sku.sku(), sku.description(), sku.variant().barcode(), copies));
        }
        if (labels.isEmpty()) {
            throw new InvalidStockInput("skus", "Enter one SKU or barcode per line.");
        }
        return labels;
    }

    /** Renders SKU labels; each one {@code copies} times. */
    @PreAuthorize(InventoryAccess.STAFF)
    public LabelFile skuLabels(List<SkuLabel> skus, LabelFormat format, String name) {
        int total = skus.stream().mapToInt(s -> Math.max(1, s.copies())).sum();
        if (skus.isEmpty()) {
            throw new InvalidStockInput("skus", "Choose the SKUs to print labels for.");
        }
        if (total > MAX_LABELS) {
            throw new InvalidStockInput("skus", "That is " + total + " labels; print at most " + MAX_LABELS + " at once.");
        }
        List<Label> labels = new ArrayList<>();
        List<Integer> copies = new ArrayList<>();
        for (SkuLabel sku : skus) {
            labels.add(skuLabel(sku));
            copies.add(Math.max(1, sku.copies()));
        }
        return render(labels, copies, format, "sku-labels-" + fileName(name));
    }

    static Label skuLabel(SkuLabel sku) {
        String ean = ean13(sku.barcode());
        Barcode barcode = ean == null ? new Barcode(Symbology.CODE_128, sku.sku()) : new Barcode(Symbology.EAN_13, ean);
        return new Label(sku.sku(), sku.description(), barcode);
    }

    /** The EAN-13 of a barcode (a UPC-A gets a leading 0), or null when it is not a valid EAN-13/UPC-A. */
    static @Nullable String ean13(@Nullable String barcode) {
        if (barcode == null) {
            return null;
        }
        String code = barcode.length() == 12 ? "0" + barcode : barcode;
        if (!code.matches("[0-9]{13}")) {
            return null;
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (code.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (10 - sum % 10) % 10 == code.charAt(12) - '0' ? code : null;
    }

    private static LabelFile render(List<Label> labels, List<Integer> copies, LabelFormat format, String baseName) {
        String file = baseName + "." + format.extension();
        return switch (format) {
            case ZPL -> new LabelFile(file, format.contentType(), LabelRenderer.zpl(labels, copies)
                    .getBytes(StandardCharsets.UTF_8));
            case A4_SHEET, SINGLE -> {
                List<Label> expanded = new ArrayList<>();
                for (int i = 0; i < labels.size(); i++) {
                    int n = copies.size() > i ? copies.get(i) : 1;
                    for (int c = 0; c < n; c++) {
                        expanded.add(labels.get(i));
                    }
                }
                yield new LabelFile(file, format.contentType(), format == LabelFormat.A4_SHEET
                        ? LabelRenderer.a4Sheet(expanded) : LabelRenderer.singles(expanded));
            }
        };
    }

    private static String fileName(String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-")
                .replaceAll("^-+|-+$", "");
        return n.isEmpty() ? "focal" : n;
    }
}
