package dev.focal.backoffice.inventory;

import dev.focal.backoffice.ui.AllowedFor;
import dev.focal.inventory.InventoryAccess;
import dev.focal.backoffice.ui.FieldErrors;
import com.vaadin.flow.router.Menu;
import dev.focal.backoffice.shell.Area;
import dev.focal.backoffice.shell.MenuArea;
import dev.focal.backoffice.ui.Formats;
import dev.focal.backoffice.shell.MainLayout;
import dev.focal.backoffice.ui.StaffAccess;
import dev.focal.backoffice.ui.Toolbar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.focal.inventory.BinLocation;
import dev.focal.inventory.InventoryExceptions.InvalidStockInput;
import dev.focal.inventory.InventoryExceptions.StockRecordChanged;
import dev.focal.inventory.Labels;
import dev.focal.inventory.LabelFormat;
import dev.focal.inventory.LabelFile;
import dev.focal.inventory.Location;
import dev.focal.inventory.LocationKind;
import dev.focal.inventory.Locations;
import java.io.IOException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Locations and their bins: admins add, rename and close locations; warehouse staff and admins add bins, a
 * whole range at once. Labels to print: bin labels (all bins of the location, or the selected ones) and SKU
 * labels (one per unit in stock at the location, or a typed list with counts), as PDF sheets, single labels
 * or ZPL.
 */
@Route(value = "locations", layout = MainLayout.class)
@PageTitle("Locations and labels")
@Menu(title = "Locations and labels", order = 4, icon = "vaadin:print")
@MenuArea(Area.WAREHOUSE)
@AllowedFor(InventoryAccess.STOCK_KEEPERS)
class LocationsView extends VerticalLayout {

    final Grid<Location> locationGrid = new Grid<>();
    final Button newLocation = new Button("New location", VaadinIcon.PLUS.create());
    final Button editLocation = new Button("Rename or close", VaadinIcon.EDIT.create());
    final Grid<BinLocation> bins = new Grid<>();
    final Button addBins = new Button("Add bins", VaadinIcon.PLUS.create());
    final Select<LabelFormat> format = new Select<>();
    final Anchor allBinLabels;
    final Anchor selectedBinLabels;
    final Anchor stockSkuLabels;
    final TextArea skuList = new TextArea("SKU labels: one SKU or barcode per line, then how many");
    final Anchor listSkuLabels;
    final Paragraph binsTitle = new Paragraph();

    private final Locations locations;
    private final Labels labels;

    LocationsView(Locations locations, Labels labels) {
        this.locations = locations;
        this.labels = labels;
        addClassName("warehouse-view");
        boolean admin = StaffAccess.allows(InventoryAccess.ADMINS);
        newLocation.setVisible(admin);
        editLocation.setVisible(admin);
        editLocation.setEnabled(false);
        addBins.setEnabled(false);
        newLocation.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        format.setLabel("Label format");
        format.setItems(LabelFormat.values());
        format.setItemLabelGenerator(LabelFormat::label);
        format.setValue(LabelFormat.A4_SHEET);
        skuList.setPlaceholder("FR-LUNA-BLK-52 3\n4006381333931 x2");
        skuList.setWidthFull();

        locationGrid.addColumn(Location::code).setHeader("Code").setAutoWidth(true);
        locationGrid.addColumn(Location::name).setHeader("Name").setFlexGrow(1);
        locationGrid.addColumn(l -> l.kind().label()).setHeader("Kind").setAutoWidth(true);
        locationGrid.addComponentColumn(l -> Formats.badge(l.active() ? "Open" : "Closed",
                l.active() ? "success" : "contrast")).setHeader("Status").setAutoWidth(true);
        locationGrid.setItems(locations.all());

        bins.setSelectionMode(Grid.SelectionMode.MULTI);
        bins.addColumn(BinLocation::code).setHeader("Bin").setAutoWidth(true);
        bins.addColumn(BinLocation::aisle).setHeader("Aisle").setAutoWidth(true);
        bins.addColumn(BinLocation::shelf).setHeader("Shelf").setAutoWidth(true);
        bins.addColumn(BinLocation::bin).setHeader("Bin").setAutoWidth(true);

        allBinLabels = download("All bin labels", () -> labels.binLabelsOf(code(), format.getValue()));
        selectedBinLabels = download("Labels of selected bins", () -> labels.binLabels(
                bins.getSelectedItems().stream().map(BinLocation::code).sorted().toList(), format.getValue(), code()));
        stockSkuLabels = download("SKU labels of the stock here", () -> labels.skuLabels(
                labels.skuLabelsAt(code()), format.getValue(), code()));
        listSkuLabels = download("SKU labels of the list", () -> labels.skuLabels(
                labels.skuLabelsFor(skuList.getValue()), format.getValue(), "list"));

        locationGrid.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));
        newLocation.addClickListener(e -> locationDialog(null).open());
        editLocation.addClickListener(e -> {
            var location = locationGrid.asSingleSelect().getValue();
            if (location != null) {
                locationDialog(locations.get(location.code())).open();
            }
        });
        addBins.addClickListener(e -> binRangeDialog().open());

        var left = new VerticalLayout(Toolbar.of(new H3("Locations"), newLocation, editLocation), locationGrid);
        left.setPadding(false);
        var binLabels = new HorizontalLayout(allBinLabels, selectedBinLabels);
        binLabels.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        var right = new VerticalLayout(Toolbar.of(binsTitle, addBins), bins, format, binLabels, stockSkuLabels,
                skuList, listSkuLabels);
        right.setPadding(false);
        var split = new SplitLayout(left, right);
        split.setSizeFull();
        split.setSplitterPosition(45);
        setSizeFull();
        add(split);
        select(null);
    }

    private void select(@Nullable Location location) {
        editLocation.setEnabled(location != null);
        addBins.setEnabled(location != null);
        allBinLabels.setEnabled(location != null);
        selectedBinLabels.setEnabled(location != null);
        stockSkuLabels.setEnabled(location != null);
        binsTitle.setText(location == null ? "Choose a location to see its bins." : "Bins of " + location.label());
        bins.setItems(location == null ? java.util.List.of() : locations.bins(location.code()));
    }

    private String code() {
        Location location = locationGrid.asSingleSelect().getValue();
        if (location == null) {
            throw new InvalidStockInput("location", "Choose a location first.");
        }
        return location.code();
    }

    /** A link that renders the labels when clicked; a problem (nothing chosen, a wrong line) is shown instead. */
    private Anchor download(String text, Supplier<LabelFile> render) {
        DownloadHandler handler = event -> {
            // The state of the screen (location, selection, format) is read under the session lock.
            LabelFile[] rendered = new LabelFile[1];
            event.getUI().accessSynchronously(() -> {
                try {
                    rendered[0] = render.get();
                } catch (InvalidStockInput e) {
                    if (e.field().equals("skus")) {
                        FieldErrors.invalid(skuList, e.getMessage());
                    } else {
                        FieldErrors.error(e.getMessage());
                    }
                }
            });
            LabelFile file = rendered[0];
            if (file == null) {
                event.getResponse().setStatus(422);
                return;
            }
            event.setFileName(file.fileName());
            event.setContentType(file.contentType());
            event.setContentLength(file.content().length);
            try (var out = event.getOutputStream()) {
                out.write(file.content());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        var anchor = new Anchor(handler, text);
        anchor.addClassName("label-download");
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    /** Creates a location (null) or renames and opens or closes one. Only admins see this. */
    private Dialog locationDialog(@Nullable Location location) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(location == null ? "New location" : "Location " + location.code());
        var code = new TextField("Code");
        var name = new TextField("Name");
        var kind = new Select<LocationKind>();
        kind.setLabel("Kind");
        kind.setItems(LocationKind.values());
        kind.setItemLabelGenerator(LocationKind::label);
        kind.setValue(LocationKind.STORE);
        var active = new Checkbox("Open (closed locations take no new stock)", true);
        var errors = new FieldErrors().bind("code", code).bind("name", name);
        if (location != null) {
            code.setValue(location.code());
            code.setReadOnly(true);
            kind.setValue(location.kind());
            kind.setReadOnly(true);
            name.setValue(location.name());
            active.setValue(location.active());
        } else {
            active.setVisible(false);
        }
        var save = new Button("Save", e -> {
            errors.clear();
            try {
                if (location == null) {
                    locations.create(code.getValue(), name.getValue(), kind.getValue());
                } else {
                    locations.update(location.code(), location.version(), name.getValue(), active.getValue());
                }
                dialog.close();
                locationGrid.setItems(locations.all());
                FieldErrors.success("Location saved.");
            } catch (InvalidStockInput ex) {
                errors.show(ex);
            } catch (StockRecordChanged ex) {
                FieldErrors.error(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(code, name, kind, active);
        dialog.add(form);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        return dialog;
    }

    /** Adds an aisle's shelves x bins in one go; existing bins are kept. */
    private Dialog binRangeDialog() {
        String where = code();
        var dialog = new Dialog();
        dialog.setHeaderTitle("Add bins to " + where);
        var aisle = new TextField("Aisle");
        aisle.setPlaceholder("A");
        var shelfFrom = number("Shelves from", 1);
        var shelfTo = number("to", 4);
        var binFrom = number("Bins from", 1);
        var binTo = number("to", 4);
        var errors = new FieldErrors().bind("aisle", aisle).bind("shelfFrom", shelfFrom).bind("shelfTo", shelfTo)
                .bind("binFrom", binFrom).bind("binTo", binTo);
        var save = new Button("Add the bins", e -> {
            errors.clear();
            try {
                var created = locations.createBins(where, aisle.getValue(), value(shelfFrom), value(shelfTo),
                        value(binFrom), value(binTo));
                dialog.close();
                bins.setItems(locations.bins(where));
                FieldErrors.success(created.size() + " bins added"
                        + (created.isEmpty() ? "" : ": " + created.getFirst().code() + " to " + created.getLast().code())
                        + ".");
            } catch (InvalidStockInput ex) {
                errors.show(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(aisle, new HorizontalLayout(shelfFrom, shelfTo), new HorizontalLayout(binFrom, binTo));
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        return dialog;
    }

    private static IntegerField number(String label, int value) {
        var field = new IntegerField(label);
        field.setMin(0);
        field.setValue(value);
        field.setStepButtonsVisible(true);
        return field;
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }
}
