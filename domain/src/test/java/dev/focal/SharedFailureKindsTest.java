package dev.focal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.focal.catalog.CatalogExceptions;
import dev.focal.catalog.LensFit;
import dev.focal.customers.CustomerExceptions;
import dev.focal.customers.PrescriptionExceptions;
import dev.focal.identity.IdentityExceptions;
import dev.focal.identity.IdentityExceptions.StaffUserField;
import dev.focal.inventory.InventoryExceptions;
import dev.focal.inventory.StockDocumentRefused;
import dev.focal.notifications.StaffAlerts;
import dev.focal.optics.InvalidRx;
import dev.focal.optics.RxField;
import dev.focal.optics.RxProblem;
import dev.focal.pricing.NoPriceException;
import dev.focal.pricing.PricingExceptions;
import dev.focal.procurement.ProcurementExceptions;
import dev.focal.shared.ChangedBySomeoneElse;
import dev.focal.shared.InvalidInput;
import dev.focal.shared.InvalidInput.FieldProblem;
import dev.focal.shared.NotFound;
import dev.focal.shared.PasswordPolicy;
import dev.focal.shared.Refused;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every context's failures extend exactly one of the four shared kinds, keeping what callers relied on. */
class SharedFailureKindsTest {

    static final List<Class<?>> KINDS = List.of(InvalidInput.class, NotFound.class, ChangedBySomeoneElse.class,
            Refused.class);

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(CatalogExceptions.InvalidProduct.class, InvalidInput.class),
                Arguments.of(CatalogExceptions.InvalidImage.class, InvalidInput.class),
                Arguments.of(CatalogExceptions.ProductNotFound.class, NotFound.class),
                Arguments.of(CatalogExceptions.ProductChanged.class, ChangedBySomeoneElse.class),
                Arguments.of(LensFit.UnknownChoice.class, InvalidInput.class),
                Arguments.of(PasswordPolicy.WeakPassword.class, InvalidInput.class),
                Arguments.of(IdentityExceptions.InvalidStaffUser.class, InvalidInput.class),
                Arguments.of(IdentityExceptions.UsernameTaken.class, InvalidInput.class),
                Arguments.of(IdentityExceptions.WrongCurrentPassword.class, InvalidInput.class),
                Arguments.of(IdentityExceptions.StaffUserNotFound.class, NotFound.class),
                Arguments.of(IdentityExceptions.StaffUserChanged.class, ChangedBySomeoneElse.class),
                Arguments.of(IdentityExceptions.CannotChangeOwnAccess.class, Refused.class),
                Arguments.of(InvalidRx.class, InvalidInput.class),
                Arguments.of(PrescriptionExceptions.InvalidPrescription.class, InvalidInput.class),
                Arguments.of(PrescriptionExceptions.RxDocumentRejected.class, InvalidInput.class),
                Arguments.of(PrescriptionExceptions.PrescriptionNotFound.class, NotFound.class),
                Arguments.of(PrescriptionExceptions.PrescriptionChanged.class, ChangedBySomeoneElse.class),
                Arguments.of(PrescriptionExceptions.InvalidDocumentLink.class, Refused.class),
                Arguments.of(CustomerExceptions.EmailAlreadyRegistered.class, InvalidInput.class),
                Arguments.of(CustomerExceptions.InvalidResetToken.class, Refused.class),
                Arguments.of(PricingExceptions.InvalidPricingInput.class, InvalidInput.class),
                Arguments.of(PricingExceptions.InvalidPromotion.class, InvalidInput.class),
                Arguments.of(PricingExceptions.InvalidCoupon.class, InvalidInput.class),
                Arguments.of(PricingExceptions.InvalidSurcharge.class, InvalidInput.class),
                Arguments.of(PricingExceptions.InvalidTaxRate.class, InvalidInput.class),
                Arguments.of(PricingExceptions.InvalidPrice.class, InvalidInput.class),
                Arguments.of(PricingExceptions.PriceListCodeTaken.class, InvalidInput.class),
                Arguments.of(PricingExceptions.PriceListNotFound.class, NotFound.class),
                Arguments.of(PricingExceptions.RuleNotFound.class, NotFound.class),
                Arguments.of(PricingExceptions.ChangedBySomeoneElse.class, ChangedBySomeoneElse.class),
                Arguments.of(PricingExceptions.NoActivePriceList.class, Refused.class),
                Arguments.of(PricingExceptions.CouponRefused.class, Refused.class),
                Arguments.of(NoPriceException.class, Refused.class),
                Arguments.of(InventoryExceptions.InvalidStockInput.class, InvalidInput.class),
                Arguments.of(InventoryExceptions.StockNotFound.class, NotFound.class),
                Arguments.of(InventoryExceptions.StockRecordChanged.class, ChangedBySomeoneElse.class),
                Arguments.of(InventoryExceptions.InsufficientStock.class, Refused.class),
                Arguments.of(StockDocumentRefused.class, Refused.class),
                Arguments.of(ProcurementExceptions.InvalidPurchaseInput.class, InvalidInput.class),
                Arguments.of(ProcurementExceptions.PurchaseRecordNotFound.class, NotFound.class),
                Arguments.of(ProcurementExceptions.PurchaseRecordChanged.class, ChangedBySomeoneElse.class),
                Arguments.of(ProcurementExceptions.PurchaseActionRefused.class, Refused.class),
                Arguments.of(StaffAlerts.AlertNotOpen.class, Refused.class));
    }

    @ParameterizedTest(name = "{0} is a {1}")
    @MethodSource("failures")
    void each_context_failure_extends_exactly_one_shared_kind(Class<?> failure, Class<?> kind) {
        assertThat(failure).isAssignableTo(kind);
        assertThat(KINDS.stream().filter(k -> k.isAssignableFrom(failure))).containsExactly(kind);
    }

    @Test
    void invalid_input_stays_an_illegal_argument_and_a_refusal_an_illegal_state() {
        assertThat(InvalidInput.class).isAssignableTo(IllegalArgumentException.class);
        assertThat(Refused.class).isAssignableTo(IllegalStateException.class);
        // a view catches "ProductNotFound | IllegalArgumentException" together, which only compiles while unrelated
        assertThat(IllegalArgumentException.class.isAssignableFrom(NotFound.class)).isFalse();
        assertThat(IllegalArgumentException.class.isAssignableFrom(ChangedBySomeoneElse.class)).isFalse();
    }

    @Test
    void invalid_input_names_its_field_as_the_form_calls_it() {
        assertThat(new InventoryExceptions.InvalidStockInput("sku", "No SKU.").field()).isEqualTo("sku");
        assertThat(new IdentityExceptions.InvalidStaffUser(StaffUserField.ROLES, "Choose a role.").field())
                .isEqualTo("roles");
        assertThat(new IdentityExceptions.InvalidStaffUser(StaffUserField.ROLES, "Choose a role.").staffUserField())
                .isEqualTo(StaffUserField.ROLES);
        assertThat(new IdentityExceptions.UsernameTaken("jane").field()).isEqualTo("username");
        assertThat(new IdentityExceptions.WrongCurrentPassword().field()).isEqualTo("currentPassword");
        assertThat(new CustomerExceptions.EmailAlreadyRegistered().field()).isEqualTo("email");
        assertThat(new PricingExceptions.PriceListCodeTaken("WEB").field()).isEqualTo("code");
        assertThat(new PrescriptionExceptions.RxDocumentRejected("Not a PDF.").field()).isEqualTo("document");
        assertThat(new PasswordPolicy.WeakPassword("Too short.").field()).isNull();
        assertThat(new PasswordPolicy.WeakPassword("Too short.").fieldProblems()).isEmpty();
    }

    @Test
    void an_invalid_prescription_lists_every_field_by_its_key_and_keeps_its_message() {
        var invalid = new InvalidRx(List.of(new RxProblem(RxField.OD_SPH, "Use steps of 0.25."),
                new RxProblem(RxField.PD, "Give the PD.")));
        assertThat(invalid.fieldProblems()).containsExactly(new FieldProblem("od.sph", "Use steps of 0.25."),
                new FieldProblem("pd", "Give the PD."));
        assertThat(invalid.field()).isEqualTo("od.sph");
        assertThat(invalid).hasMessage("Right SPH: Use steps of 0.25. PD: Give the PD.");
        assertThat(invalid.problems()).hasSize(2);
    }

    @Test
    void refusals_carry_the_title_and_kind_the_api_answers_with() {
        var stock = new InventoryExceptions.InsufficientStock("FR-1", "WH1", 5, 3, "Only 3 available at WH1.");
        assertThat(stock.title()).isEqualTo("Not enough stock");
        assertThat(stock.kind()).isEqualTo(Refused.Kind.NOT_NOW);
        assertThat(stock.available()).isEqualTo(3);
        assertThat(new ProcurementExceptions.PurchaseActionRefused("Sent already.").title())
                .isEqualTo("Not possible now");
        assertThat(new StockDocumentRefused("Dispatched already.").title()).isEqualTo(Refused.NOT_POSSIBLE_NOW);
        var noPrice = new NoPriceException("FR-1", "WEB");
        assertThat(noPrice.title()).isEqualTo("No price");
        assertThat(noPrice.kind()).isEqualTo(Refused.Kind.CANNOT_PROCESS);
        assertThat(noPrice).hasMessage("No price for FR-1 in price list WEB.");
    }
}
