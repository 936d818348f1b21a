package dev.focal.storefront;

import dev.focal.customers.CustomerAccounts;
import dev.focal.customers.MyPrescriptions;
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
        var current = prescriptions.list();
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("prescriptions", new AccountPrescriptions(current.size(),
                (int) current.stream().filter(p -> p.expiredOn(today)).count(),
                (int) current.stream().filter(p -> !p.expiredOn(today)
                        && !p.expiresOn().isAfter(today.plusDays(RxDisplay.EXPIRY_WARNING_DAYS))).count()));
        return "account";
    }
}
