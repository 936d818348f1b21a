package dev.focal.storefront.account;

import dev.focal.customers.RegisterCustomer;

/** The sign-up form as posted; mutable for data binding, turned into a command once valid. */
public class RegistrationForm {

    private String email = "";
    private String fullName = "";
    private String password = "";

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? "" : email;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName == null ? "" : fullName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password == null ? "" : password;
    }

    RegisterCustomer toCommand() {
        return new RegisterCustomer(email, fullName, password);
    }
}
