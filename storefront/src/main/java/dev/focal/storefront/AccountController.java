package dev.focal.storefront;

import dev.focal.customers.CustomerAccounts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in customer's account page. */
@Controller
class AccountController {

    private final CustomerAccounts accounts;

    AccountController(CustomerAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account")
    String account(Model model) {
        model.addAttribute("profile", accounts.myProfile());
        return "account";
    }
}
