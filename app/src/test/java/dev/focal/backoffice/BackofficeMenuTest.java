package dev.focal.backoffice;

import dev.focal.backoffice.ui.StatCard;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import dev.focal.IntegrationTest;
import dev.focal.identity.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@IntegrationTest
/**
 * The whole side menu per role, once: which entries and groups each role sees. Who may open each screen is the
 * slices' role-by-screen tables ({@code InventoryAccessTest}, ...); that every route declares its access at all is
 * {@code AccessDeclarationsTest}.
 */
class BackofficeMenuTest extends KaribuTest {

    static final List<String> EVERYONE = List.of("Home", "My account", "Products", "Stock overview", "Stock lookup",
            "Transfers");
    static final List<String> PRICING = List.of("Price lists", "Promotions", "Coupons", "Rx surcharges", "Tax rates",
            "Price preview");
    static final List<String> ADMIN = List.of("Home", "My account", "Customers", "Rx verification", "Feasibility check",
            "Products", "Catalog import", "Staff users",
            "Audit trail", "Background jobs", "Message log", "Price lists", "Promotions", "Coupons", "Rx surcharges",
            "Tax rates", "Price preview", "Stock overview", "Stock lookup", "Transfers", "Receiving", "Putaway",
            "Cycle counts", "Locations and labels", "Reorder policies", "Suppliers", "Purchase orders", "Reorder proposals",
            "Supplier performance");
    /** Warehouse staff (and admins) receive, put stock away, count it and keep the bins and their labels. */
    static final List<String> WAREHOUSE = List.of("Receiving", "Putaway", "Cycle counts", "Locations and labels");
    /** Buyers and admins edit reorder policies; warehouse staff read them. */
    static final List<String> INVENTORY_PLANNING = List.of("Reorder policies");
    /** Buyers plan and order; warehouse staff read suppliers and POs (they receive against them); all staff read suppliers. */
    static final List<String> BUYING = List.of("Suppliers", "Purchase orders", "Reorder proposals",
            "Supplier performance");

    /** Opticians and associates find customers, enter prescriptions and check feasibility; opticians verify. */
    static final List<String> PRESCRIPTIONS = List.of("Customers", "Rx verification", "Feasibility check");

    static boolean seesPrescriptions(Role role) {
        return role == Role.OPTICIAN || role == Role.ASSOCIATE;
    }

    /** Buyers and associates read prices and rules and use the price preview; admins edit. */
    static boolean seesPricing(Role role) {
        return role == Role.BUYER || role == Role.ASSOCIATE;
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void each_role_sees_exactly_its_menu_entries(Role role) {
        signInAs(role.name().toLowerCase() + "-menu", role);
        UI.getCurrent().navigate("");

        var entries = _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();

        var expected = new java.util.ArrayList<>(role == Role.ADMIN ? ADMIN : EVERYONE);
        var groups = new java.util.ArrayList<String>();
        if (seesPrescriptions(role)) {
            expected.addAll(PRESCRIPTIONS);
            groups.add("Customers");
        }
        groups.add("Catalog");
        if (seesPricing(role)) {
            expected.addAll(PRICING);
            groups.add("Pricing");
        }
        groups.add("Inventory");
        if (role == Role.BUYER || role == Role.WAREHOUSE) {
            expected.addAll(INVENTORY_PLANNING);
        }
        if (role == Role.BUYER) {
            expected.addAll(BUYING);
        } else if (role == Role.WAREHOUSE) {
            expected.addAll(List.of("Suppliers", "Purchase orders"));
        } else if (role != Role.ADMIN) {
            expected.add("Suppliers");
        }
        groups.add("Purchasing");
        if (role == Role.WAREHOUSE) {
            expected.addAll(WAREHOUSE);
            groups.add("Warehouse");
        }
        if (role == Role.ADMIN) {
            groups = new java.util.ArrayList<>(List.of("Customers", "Catalog", "Pricing", "Inventory", "Purchasing", "Warehouse",
                    "Admin"));
        }
        if (role == Role.BUYER) {
            expected.add("Receiving");
            groups.add("Warehouse");
        }
        assertThat(entries).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(_find(SideNav.class).stream().map(SideNav::getLabel).filter(label -> label != null).toList())
                .isEqualTo(groups);
    }

    @Test
    void a_user_with_several_roles_sees_the_union() {
        signInAs("multi", Role.WAREHOUSE, Role.ADMIN);
        UI.getCurrent().navigate("");

        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList())
                .containsExactlyInAnyOrderElementsOf(ADMIN);
    }

    @Test
    void the_start_page_shows_the_role_and_for_admins_the_job_health() {
        signInAs("home-admin", Role.ADMIN);
        UI.getCurrent().navigate("");
        assertThat(_find(StatCard.class)).hasSizeGreaterThan(1);

        signInAs("home-optician", Role.OPTICIAN);
        UI.getCurrent().navigate("my-account");
        UI.getCurrent().navigate("");
        assertThat(_find(StatCard.class)).as("only the prescriptions awaiting verification").hasSize(1);

        signInAs("home-associate", Role.ASSOCIATE);
        UI.getCurrent().navigate("my-account");
        UI.getCurrent().navigate("");
        assertThat(_find(StatCard.class)).isEmpty();
    }
}
