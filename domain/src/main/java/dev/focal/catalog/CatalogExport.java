package dev.focal.catalog;

import dev.focal.catalog.FrameSpec.Colour;
import dev.focal.catalog.FrameSpec.Size;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Frames and their variants out as CSV in the {@link CatalogImport} format (docs/catalog-import.md), one row per
 * variant, so an exported file imports back unchanged. Text cells that a spreadsheet would run as a formula
 * ({@code =}, {@code +}, {@code -}, {@code @}, tab, carriage return first) get a leading single quote, which the
 * import removes again; numeric columns are written as plain numbers.
 */
@Service
@Transactional(readOnly = true)
public class CatalogExport {

    private final ProductStore store;

    CatalogExport(ProductStore store) {
        this.store = store;
    }

    /**
     * Writes the frames (eyeglasses, sunglasses, readers) the filter selects in the import format, one row per
     * variant, and returns how many rows it wrote. Other categories in the filter are ignored.
     */
    @PreAuthorize(CatalogAccess.EDITORS)
    public int export(OutputStream out, ProductFilter filter) {
        var categories = EnumSet.copyOf(CatalogImport.FRAMES);
        if (!filter.categories().isEmpty()) {
            categories.retainAll(filter.categories());
        }
        CSVPrinter printer = Csv.printer(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        int rows = 0;
        try {
            printer.printRecord(CatalogImport.COLUMNS);
            if (!categories.isEmpty()) {
                var frames = new ProductFilter(filter.text(), categories, filter.status());
                int page = 200;
                for (int offset = 0; ; offset += page) {
                    var summaries = store.summaries(frames, offset, page);
                    for (ProductSummary summary : summaries) {
                        var details = store.details(summary.id().value()).orElseThrow();
                        for (Variant variant : details.draft().variants()) {
                            printer.printRecord(exportRow(details.draft(), variant));
                            rows++;
                        }
                    }
                    if (summaries.size() < page) {
                        break;
                    }
                }
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static List<String> exportRow(ProductDraft d, Variant v) {
        FrameSpec f = Objects.requireNonNull(d.frame());
        Colour colour = f.colours().stream().filter(c -> c.code().equals(v.colourCode())).findFirst().orElseThrow();
        Size size = f.sizes().stream().filter(s -> s.key().equals(v.sizeKey())).findFirst().orElseThrow();
        List<String> values = List.of(d.code(), d.category().name(), d.name(), d.brand(), d.description(), d.taxClass(),
                f.shape().name(), f.material().name(), f.rimType().name(), f.gender().name(), f.ageGroup().name(),
                f.faceWidth().name(), Boolean.toString(f.rxAble()), colour.code(), colour.name(), colour.swatch(),
                colour.surcharge().toPlainString(), Integer.toString(size.a()), Integer.toString(size.b()),
                Integer.toString(size.dbl()), Integer.toString(size.ed()), Integer.toString(size.temple()),
                v.readerPower() == null ? "" : v.readerPower().toPlainString(), v.sku(),
                v.barcode() == null ? "" : v.barcode(), v.status().name());
        var cells = new ArrayList<String>(values.size());
        for (int i = 0; i < values.size(); i++) {
            String column = CatalogImport.COLUMNS.get(i);
            cells.add(CatalogImport.NUMERIC.contains(column) ? values.get(i) : Csv.neutralise(values.get(i)));
        }
        return cells;
    }
}
