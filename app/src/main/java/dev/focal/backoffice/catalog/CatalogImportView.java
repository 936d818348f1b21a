package dev.focal.backoffice.catalog;

import dev.focal.backoffice.ui.AllowedFor;
import dev.focal.catalog.CatalogAccess;
import com.vaadin.flow.router.Menu;
import dev.focal.backoffice.shell.Area;
import dev.focal.backoffice.shell.MenuArea;
import dev.focal.backoffice.ui.FormMarks;
import dev.focal.backoffice.shell.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.focal.backoffice.ui.BoundedUpload;
import dev.focal.catalog.CatalogExport;
import dev.focal.catalog.CatalogImport;
import dev.focal.catalog.ImportProblem;
import dev.focal.catalog.ImportReport;
import dev.focal.catalog.ProductFilter;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Frames in bulk: upload a CSV, read the dry-run report (every problem with its line and column), then import
 * it, all or nothing. Also exports every frame in the same format. The format is in docs/catalog-import.md.
 */
@Route(value = "catalog-import", layout = MainLayout.class)
@PageTitle("Catalog import")
@Menu(title = "Catalog import", order = 2, icon = "vaadin:file-table")
@MenuArea(Area.CATALOG)
@AllowedFor(CatalogAccess.EDITORS)
class CatalogImportView extends VerticalLayout {

    static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    final Upload upload;
    final Paragraph summary = new Paragraph("Upload a CSV file to check it. Nothing changes until you import it.");
    final Grid<ImportProblem> problems = new Grid<>();
    final Button apply = new Button("Import", VaadinIcon.UPLOAD.create());
    final Anchor export;
    private final CatalogImport imports;
    private final CatalogExport exports;
    private byte @Nullable [] file;
    private String fileName = "";

    CatalogImportView(CatalogImport imports, CatalogExport exports) {
        this.imports = imports;
        this.exports = exports;
        upload = new Upload(BoundedUpload.inMemory(MAX_FILE_BYTES, (metadata, bytes) -> receive(metadata.fileName(), bytes),
                FormMarks::error));
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.addFileRejectedListener(e -> FormMarks.error(e.getFileName() + ": " + e.getErrorMessage()));
        upload.addFileRemovedListener(e -> reset());
        summary.addClassName("import-summary");
        problems.addColumn(ImportProblem::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::column).setHeader("Column").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::message).setHeader("Problem").setFlexGrow(1);
        problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        problems.setVisible(false);
        problems.setWidthFull();
        problems.setMinHeight("12rem");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        DownloadHandler frames = event -> {
            event.setFileName("frames-" + LocalDate.now() + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            exports.export(event.getOutputStream(), ProductFilter.all());
        };
        export = new Anchor(frames, "Export all frames (CSV)");
        export.addClassName("button-link");

        apply.addClickListener(e -> apply());

        var format = new Details("File format", new Paragraph("One row per variant; rows with the same code form one"
                + " model. Columns: " + String.join(", ", CatalogImport.COLUMNS) + ". Required: "
                + String.join(", ", CatalogImport.REQUIRED.stream().sorted().toList()) + ". An exported file has"
                + " the exact format. A model whose code exists is replaced; new models start as drafts."));
        var actions = new HorizontalLayout(apply, export);
        actions.addClassName("toolbar");
        setSizeFull();
        add(new H3("Import frames from CSV"), format, upload, summary, actions, problems);
        setFlexGrow(1, problems);
    }

    /** Checks an uploaded file (a dry run); package-private so tests can hand over a file as the Upload would. */
    void receive(String name, byte[] bytes) {
        file = bytes;
        fileName = name;
        show(imports.dryRun(new ByteArrayInputStream(bytes)), false);
    }

    private void apply() {
        byte[] bytes = file;
        if (bytes == null) {
            return;
        }
        ImportReport report = imports.apply(new ByteArrayInputStream(bytes));
        show(report, true);
        if (report.applied()) {
            FormMarks.success(fileName + " imported.");
            file = null;
            upload.clearFileList();
        }
    }

    private void show(ImportReport report, boolean applying) {
        String counts = count(report.rows(), "row") + ": " + count(report.modelsToCreate(), "new model") + ", "
                + report.modelsToUpdate() + " to update, " + count(report.variants(), "variant") + ".";
        if (report.applied()) {
            summary.setText(fileName + " imported. " + counts);
        } else if (report.ok()) {
            summary.setText(fileName + " has no problems. " + counts + " Import it to make the changes.");
        } else {
            summary.setText(fileName + ": " + count(report.problemCount(), "problem")
                    + (report.problemCount() > report.problems().size() ? " (the first " + report.problems().size()
                    + " are listed)" : "") + ". " + counts + (applying ? " Nothing was imported." : "")
                    + " Correct the file and upload it again.");
        }
        summary.setClassName("bad", !report.ok());
        problems.setItems(report.problems());
        problems.setVisible(!report.problems().isEmpty());
        apply.setEnabled(report.ok() && !report.applied());
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private void reset() {
        file = null;
        apply.setEnabled(false);
        problems.setVisible(false);
        summary.setText("Upload a CSV file to check it. Nothing changes until you import it.");
    }

}
