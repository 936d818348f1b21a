package dev.focal.backoffice.inventory;

import dev.focal.backoffice.ui.AllowedFor;
import dev.focal.inventory.InventoryAccess;
import com.vaadin.flow.router.Menu;
import dev.focal.backoffice.shell.Area;
import dev.focal.backoffice.shell.MenuArea;
import dev.focal.backoffice.ui.FieldErrors;
import dev.focal.backoffice.ui.Formats;
import dev.focal.backoffice.shell.MainLayout;
import dev.focal.backoffice.ui.Toolbar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.focal.inventory.BinLocation;
import dev.focal.inventory.CountScope;
import dev.focal.inventory.CountSheetStatus;
import dev.focal.inventory.CountSheetSummary;
import dev.focal.inventory.CycleCounts;
import dev.focal.inventory.NewCountSheet;
import dev.focal.inventory.InventoryExceptions.InvalidStockInput;
import dev.focal.inventory.Location;
import dev.focal.inventory.Locations;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Cycle count sheets: the list (newest first, by status), and a new sheet for a location, some of its bins or
 * some SKUs. A click opens counting while the sheet is being counted, and the review otherwise.
 */
@Route(value = "counts", layout = MainLayout.class)
@PageTitle("Cycle counts")
@Menu(title = "Cycle counts", order = 3, icon = "vaadin:clipboard-check")
@MenuArea(Area.WAREHOUSE)
@AllowedFor(InventoryAccess.STOCK_KEEPERS)
class CountsView extends VerticalLayout {

    final Select<@Nullable CountSheetStatus> status = new Select<>();
    final Button create = new Button("New count sheet", VaadinIcon.PLUS.create());
    final Grid<CountSheetSummary> grid = new Grid<>();

    private final CycleCounts counts;
    private final Locations locations;

    CountsView(CycleCounts counts, Locations locations) {
        this.counts = counts;
        this.locations = locations;
        addClassName("warehouse-view");
        status.setLabel("Status");
        status.setItems(CountSheetStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        create.addClassName("big-button");

        grid.addColumn(CountSheetSummary::number).setHeader("Sheet").setAutoWidth(true);
        grid.addColumn(CountSheetSummary::locationCode).setHeader("Location").setAutoWidth(true);
        grid.addColumn(CountSheetSummary::scopeText).setHeader("What").setFlexGrow(1);
        grid.addColumn(s -> s.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(s -> s.counted() + " of " + s.lines()).setHeader("Places counted").setAutoWidth(true);
        grid.addColumn(CountSheetSummary::createdBy).setHeader("By").setAutoWidth(true);
        grid.addColumn(s -> Formats.dateTime(s.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.setItemsPageable(page -> counts.find(status.getValue(), page), page -> counts.count(status.getValue()));

        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        create.addClickListener(e -> new NewSheetDialog().open());
        grid.addItemClickListener(e -> open(e.getItem()));

        setSizeFull();
        add(Toolbar.of(status, create), grid);
    }

    private static void open(CountSheetSummary sheet) {
        if (sheet.status() == CountSheetStatus.COUNTING) {
            InventoryNavigation.toCount(sheet.number());
        } else {
            InventoryNavigation.toReview(sheet.number());
        }
    }

    /** A new sheet: where and what to count. The expected quantities are snapshotted on creation. */
    final class NewSheetDialog extends Dialog {

        final ComboBox<Location> location = new ComboBox<>("Location");
        final RadioButtonGroup<CountScope> scope = new RadioButtonGroup<>("Count");
        final MultiSelectComboBox<String> bins = new MultiSelectComboBox<>("Bins");
        final TextArea skus = new TextArea("SKUs or barcodes, one per line");
        final Button save = new Button("Create and start counting");
        private final FieldErrors errors = new FieldErrors();

        NewSheetDialog() {
            setHeaderTitle("New count sheet");
            location.setItems(locations.active());
            location.setItemLabelGenerator(Location::label);
            location.setRequiredIndicatorVisible(true);
            scope.setItems(CountScope.values());
            scope.setItemLabelGenerator(CountScope::label);
            scope.setValue(CountScope.LOCATION);
            bins.setVisible(false);
            skus.setVisible(false);
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            errors.bind("location", location).bind("binCodes", bins).bind("skus", skus).bind("scope", scope);

            location.addValueChangeListener(e -> bins.setItems(e.getValue() == null ? List.of()
                    : locations.bins(e.getValue().code()).stream().filter(BinLocation::active).map(BinLocation::code)
                    .toList()));
            scope.addValueChangeListener(e -> {
                bins.setVisible(e.getValue() == CountScope.BINS);
                skus.setVisible(e.getValue() == CountScope.SKUS);
            });
            save.addClickListener(e -> save());

            var form = new FormLayout(location, scope, bins, skus);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
            add(form);
            getFooter().add(new Button("Cancel", e -> close()), save);
        }

        void save() {
            errors.clear();
            String locationCode = location.getValue() == null ? "" : location.getValue().code();
            List<String> skuList = skus.getValue().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
            try {
                String number = counts.create(new NewCountSheet(locationCode, scope.getValue(),
                        bins.getValue().stream().sorted().toList(), skuList));
                close();
                FieldErrors.success("Count sheet " + number + " created.");
                InventoryNavigation.toCount(number);
            } catch (InvalidStockInput e) {
                errors.show(e);
            }
        }
    }
}
