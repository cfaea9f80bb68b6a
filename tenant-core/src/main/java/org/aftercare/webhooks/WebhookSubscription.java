package org.aftercare.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantOwned;

/** An endpoint of the clinic's that is told of the events it chose, signed with its own secret. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends TenantOwned {

  @Id private UUID id;

  @Column(nullable = false)
  private String url;

  /** Space-separated event types. */
  @Column(nullable = false)
  private String events;

  private String description;

  @Column(name = "secret_sealed", nullable = false)
  private String secretSealed;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected WebhookSubscription() {}

  WebhookSubscription(
      String url, Set<WebhookEvent> events, String description, String secretSealed) {
    this.id = Identifiers.newId();
    this.url = url;
    this.events = events.stream().map(WebhookEvent::type).sorted().collect(Collectors.joining(" "));
    this.description = description;
    this.secretSealed = secretSealed;
    this.active = true;
    this.createdAt = Instant.now();
  }

  public UUID getId() {
    return id;
  }

  public String getUrl() {
    return url;
  }

  public String getDescription() {
    return description;
  }

  public boolean isActive() {
    return active;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Set<WebhookEvent> events() {
    Set<WebhookEvent> chosen = EnumSet.noneOf(WebhookEvent.class);
    Arrays.stream(events.split(" "))
        .flatMap(t -> WebhookEvent.ofType(t).stream())
        .forEach(chosen::add);
    return chosen;
  }

  void retire() {
    active = false;
  }
}
