package dev.focal.storefront.account;

import dev.focal.customers.CustomerAccounts;
import dev.focal.customers.MyPrescriptions;
import dev.focal.storefront.prescriptions.PrescriptionsNavigation;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in customer's account page. */
@Controller
class AccountController {

    private final CustomerAccounts accounts;
    private final MyPrescriptions prescriptions;
    private final Clock clock;

    AccountController(CustomerAccounts accounts, MyPrescriptions prescriptions, Clock clock) {
        this.accounts = accounts;
        this.prescriptions = prescriptions;
        this.clock = clock;
    }

    @GetMapping("/account")
    String account(Model model) {
        model.addAttribute("profile", accounts.myProfile());
        model.addAttribute("prescriptions",
                PrescriptionsNavigation.summary(prescriptions.list(), LocalDate.now(clock)));
        return "account/account";
    }
}
