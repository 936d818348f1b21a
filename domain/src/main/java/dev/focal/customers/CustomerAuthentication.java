package dev.focal.customers;

import dev.focal.shared.Email;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks customers up for the storefront's sign-in; knows nothing of staff accounts. */
@Service
@Transactional(readOnly = true)
public class CustomerAuthentication implements UserDetailsService {

    private final CustomerRepository customers;

    CustomerAuthentication(CustomerRepository customers) {
        this.customers = customers;
    }

    @Override
    @PreAuthorize("permitAll()")
    public UserDetails loadUserByUsername(String username) {
        String email;
        try {
            email = Email.of(username).value();
        } catch (IllegalArgumentException malformed) {
            throw new UsernameNotFoundException("No customer");
        }
        return customers.findByEmail(email).map(Customer::toPrincipal)
                .orElseThrow(() -> new UsernameNotFoundException("No customer"));
    }
}
