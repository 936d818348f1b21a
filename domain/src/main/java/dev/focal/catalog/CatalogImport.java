package dev.focal.catalog;

import dev.focal.catalog.CatalogExceptions.InvalidProduct;
import dev.focal.catalog.CatalogExceptions.ProductChanged;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Frames and their variants in as CSV, one row per variant; rows with the same {@code code} form one
 * model (the format is described in docs/catalog-import.md). A dry run reads the whole file and reports every
 * problem it can find, with line and column, changing nothing. A real run makes the same checks and then
 * creates or updates all models in one transaction: any problem, and nothing is written. Models are checked
 * by the same rules and uniqueness checks as {@link Catalog#create} and {@link Catalog#update} (the checking is
 * {@link ImportCheck}). {@link CatalogExport} writes the same format, so an exported file imports back unchanged.
 */
@Service
@Transactional(readOnly = true)
public class CatalogImport {

    /** The columns, in the order export writes them. */
    public static final List<String> COLUMNS = List.of("code", "category", "name", "brand", "description",
            "tax_class", "shape", "material", "rim_type", "gender", "age_group", "face_width", "rx_able",
            "colour_code", "colour_name", "swatch", "colour_surcharge", "a", "b", "dbl", "ed", "temple",
            "reader_power", "sku", "barcode", "sku_status");
    /** Columns the header must have (values may repeat or be left empty on a model's later rows). */
    public static final Set<String> REQUIRED = Set.of("code", "category", "name", "brand", "shape", "material",
            "rim_type", "gender", "age_group", "face_width", "colour_code", "colour_name", "swatch", "a", "b", "dbl",
            "ed", "temple");
    /** Columns written as numbers; every other column is text, neutralised against formulas by {@link Csv}. */
    static final Set<String> NUMERIC = Set.of("colour_surcharge", "a", "b", "dbl", "ed", "temple", "reader_power");
    public static final int MAX_ROWS = 20_000;
    public static final int MAX_PROBLEMS_LISTED = 1_000;

    /** The categories the format holds. */
    static final Set<Category> FRAMES = EnumSet.of(Category.EYEGLASSES, Category.SUNGLASSES, Category.READERS);

    private final Catalog catalog;
    private final ProductStore store;

    CatalogImport(Catalog catalog, ProductStore store) {
        this.catalog = catalog;
        this.store = store;
    }

    /** Reads and checks a file and reports what importing it would do. Writes nothing. */
    @PreAuthorize(CatalogAccess.EDITORS)
    public ImportReport dryRun(InputStream csv) {
        return new ImportCheck(catalog, store).check(csv).report(false);
    }

    /**
     * Checks a file like {@link #dryRun} and, when it has no problem, creates and updates its models in one
     * transaction. When a problem turns up (in the checks or while writing, such as someone saving a model
     * at the same moment) nothing is written and the report names it.
     */
    @Transactional
    @PreAuthorize(CatalogAccess.EDITORS)
    public ImportReport apply(InputStream csv) {
        ImportCheck run = new ImportCheck(catalog, store).check(csv);
        if (run.problemCount > 0) {
            return run.report(false);
        }
        for (ImportCheck.Model model : run.models.values()) {
            try {
                ProductStore.Header existing = model.existing;
                if (existing != null) {
                    catalog.update(new ProductId(existing.id()), existing.version(), Objects.requireNonNull(model.draft));
                } else {
                    catalog.create(Objects.requireNonNull(model.draft));
                }
            } catch (InvalidProduct invalid) {
                TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
                run.problem(model, invalid);
                return run.report(false);
            } catch (ProductChanged changed) {
                TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
                run.add(model.line, "code", changed.getMessage() + " Nothing was imported; run the import again.");
                return run.report(false);
            }
        }
        return run.report(true);
    }
}
