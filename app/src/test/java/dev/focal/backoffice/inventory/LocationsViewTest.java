package dev.focal.backoffice.inventory;

import dev.focal.backoffice.KaribuTest;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dev.focal.IntegrationTest;
import dev.focal.identity.Role;
import dev.focal.inventory.BinLocation;
import dev.focal.inventory.InventoryFixtures;
import dev.focal.inventory.Location;
import dev.focal.inventory.Locations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Warehouse staff add a range of bins; only admins change locations. */
@IntegrationTest
class LocationsViewTest extends KaribuTest {

    @Autowired
    Locations locations;

    @Test
    void warehouse_staff_add_a_range_of_bins_and_a_bad_range_is_shown_at_its_field() {
        signInAs("locations-admin", Role.ADMIN);
        Location here = InventoryFixtures.newLocation(locations, "LV");
        signInAs("locations-warehouse", Role.WAREHOUSE);
        UI.getCurrent().navigate(LocationsView.class);
        var view = _get(LocationsView.class);
        assertThat(view.newLocation.isVisible()).isFalse();
        view.locationGrid.asSingleSelect().setValue(here);
        assertThat(GridKt._size(view.bins)).isEqualTo(2);

        _click(view.addBins);
        _get(TextField.class, spec -> spec.withLabel("Aisle")).setValue("b");
        _get(IntegerField.class, spec -> spec.withLabel("Shelves from")).setValue(3);
        var shelfTo = _find(IntegerField.class, spec -> spec.withLabel("to")).getFirst();
        shelfTo.setValue(1);
        _click(_get(Button.class, spec -> spec.withText("Add the bins")));
        assertThat(shelfTo.isInvalid()).isTrue();
        assertThat(shelfTo.getErrorMessage()).isEqualTo("Enter a number from 3 up.");

        shelfTo.setValue(4);
        _click(_get(Button.class, spec -> spec.withText("Add the bins")));
        assertThat(locations.bins(here.code())).extracting(BinLocation::code)
                .contains(here.code() + "/B-03-01", here.code() + "/B-04-04").hasSize(2 + 8);
        assertThat(GridKt._size(view.bins)).isEqualTo(10);
    }
}
