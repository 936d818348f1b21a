package dev.focal.storefront.cart;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The cart page. Carts arrive with the catalog and checkout; until then it is honestly empty. */
@Controller
class CartController {

    @GetMapping("/cart")
    String cart() {
        return "cart/cart";
    }
}
