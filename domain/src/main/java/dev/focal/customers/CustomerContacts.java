package dev.focal.customers;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where to write to a customer, for the e-mails that customer events cause. Events carry only the customer's
 * ID, so their stored publications hold no address or name; the listener loads them here when it renders the
 * e-mail. For listeners and jobs (no signed-in user).
 */
@Service
@Transactional(readOnly = true)
public class CustomerContacts {

    /** A customer's address and name as they are now. */
    public record CustomerContact(String email, String fullName) {
    }

    private final CustomerRepository customers;

    CustomerContacts(CustomerRepository customers) {
        this.customers = customers;
    }

    /** Empty when the account is gone. */
    public Optional<CustomerContact> of(CustomerId customerId) {
        return customers.findById(customerId.value()).map(Customer::contact);
    }
}
