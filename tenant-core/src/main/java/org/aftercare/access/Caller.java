package org.aftercare.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.aftercare.shared.ForbiddenException;
import org.aftercare.tenancy.TenantContext;

/**
 * The person the current request acts for, set together with their clinic at the request's entry
 * point. Services take the actor from here, never from a parameter a view could fill in.
 *
 * <p>No person means the portal's own work: sign-in, links carried in mails, calendar feeds by
 * token, upkeep and seeding. Such work enters a clinic explicitly ({@link TenantContext#callAs});
 * without a clinic it reaches no clinic data at all.
 */
@RequestScoped
public class Caller {

  @Inject TenantContext tenantContext;

  private SignedInUser person;
  private ApiCaller apiClient;
  private int serviceDepth;

  /** Binds the request to a signed-in person and to their clinic (none for operators). */
  public void enter(SignedInUser user) {
    user.tenantId().ifPresent(tenantContext::enter);
    this.person = user;
  }

  public void clear() {
    person = null;
    apiClient = null;
    tenantContext.clear();
  }

  /**
   * Runs {@code work} for a system that presented a valid API token, in its clinic and as no
   * person, whatever session cookie the request also carried.
   */
  public <T> T callAsApiClient(ApiCaller system, Supplier<T> work) {
    SignedInUser previousPerson = person;
    ApiCaller previousSystem = apiClient;
    person = null;
    apiClient = system;
    try {
      return tenantContext.callAs(system.tenantId(), work);
    } finally {
      person = previousPerson;
      apiClient = previousSystem;
    }
  }

  public Optional<ApiCaller> apiClient() {
    return Optional.ofNullable(apiClient);
  }

  /** The API client calling; refused for people and the portal's own work. */
  public ApiCaller requireApiClient() {
    return apiClient().orElseThrow(() -> new ForbiddenException("Only API clients call this."));
  }

  /** Runs {@code work} as {@code user} in their clinic, then restores who was calling before. */
  public <T> T callAs(SignedInUser user, Supplier<T> work) {
    SignedInUser previous = person;
    person = user;
    try {
      UUID clinic = user.tenantId().orElse(null);
      return clinic == null ? work.get() : tenantContext.callAs(clinic, work);
    } finally {
      person = previous;
    }
  }

  /**
   * Runs a service method the role gate let in. Only the outermost call is checked: the services it
   * calls in turn act on what it already checked (raising an alert finds the client's mentor's
   * account, which the client could not open themself).
   */
  Object enterService(Callable<Object> method) throws Exception {
    serviceDepth++;
    try {
      return method.call();
    } finally {
      serviceDepth--;
    }
  }

  boolean isInsideService() {
    return serviceDepth > 0;
  }

  /** True inside a service called by another service, where the outer one's checks hold. */
  boolean isCalledByService() {
    return serviceDepth > 1;
  }

  /**
   * Runs the portal's own work in {@code clinic} — a sign-in, a link from a mail, an export's
   * bookkeeping — whoever is calling: the link's bearer acts here, not the session's person or the
   * API client.
   */
  public <T> T callAsPortal(UUID clinic, Supplier<T> work) {
    SignedInUser previous = person;
    ApiCaller previousSystem = apiClient;
    person = null;
    apiClient = null;
    try {
      return tenantContext.callAs(clinic, work);
    } finally {
      person = previous;
      apiClient = previousSystem;
    }
  }

  public Optional<SignedInUser> person() {
    return Optional.ofNullable(person);
  }

  public boolean holds(Role role) {
    return person != null && person.roles().contains(role);
  }

  /** The signed-in person's account; portal work without a person records none. */
  public Optional<UUID> accountId() {
    return person().map(SignedInUser::accountId);
  }

  /**
   * The client record of the signed-in client, for what a client alone reads and writes (their
   * coping plan); refused for staff and for the portal's own work.
   */
  public UUID requireClient() {
    return person()
        .filter(user -> user.roles().contains(Role.CLIENT))
        .flatMap(SignedInUser::clientId)
        .orElseThrow(() -> new ForbiddenException("Only the client themself can open this."));
  }

  /** The account of the person doing this; refused for the portal's own work. */
  public UUID requirePerson() {
    return accountId().orElseThrow(() -> new ForbiddenException("Sign in first."));
  }
}
