package org.aftercare.identity;

import jakarta.security.enterprise.credential.AbstractClearableCredential;
import jakarta.security.enterprise.credential.Password;

/**
 * What the sign-in form sends: the clinic's slug (blank for platform operators), the e-mail and the
 * password. The same e-mail may have an account in two clinics.
 */
public class ClinicCredential extends AbstractClearableCredential {

  private final String clinic;
  private final String email;
  private final Password password;

  public ClinicCredential(String clinic, String email, String password) {
    this.clinic = clinic == null ? "" : clinic.trim().toLowerCase();
    this.email = email == null ? "" : email.trim();
    this.password = new Password(password == null ? "" : password);
  }

  public String clinic() {
    return clinic;
  }

  public boolean isOperatorSignIn() {
    return clinic.isEmpty();
  }

  public String email() {
    return email;
  }

  public String password() {
    return password.getValue() == null ? "" : new String(password.getValue());
  }

  @Override
  protected void clearCredential() {
    password.clear();
  }
}
