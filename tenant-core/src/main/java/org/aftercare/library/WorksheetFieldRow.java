package org.aftercare.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantOwned;

/** One field of a worksheet, in the order the clinic defined them. */
@Entity
@Table(name = "worksheet_field")
public class WorksheetFieldRow extends TenantOwned {

  @Id private UUID id;

  @Column(name = "resource_id", nullable = false)
  private UUID resourceId;

  @Column(name = "position", nullable = false)
  private int listedAs;

  @Column(nullable = false)
  private String title;

  private String prompt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FieldKind kind;

  private String choices;

  protected WorksheetFieldRow() {}

  WorksheetFieldRow(UUID resourceId, int position, WorksheetField field) {
    this.id = Identifiers.newId();
    this.resourceId = resourceId;
    this.listedAs = position;
    this.title = field.title();
    this.prompt = field.prompt();
    this.kind = field.kind();
    this.choices = field.choicesText();
  }

  WorksheetField field() {
    return new WorksheetField(title, prompt, kind, WorksheetField.choicesOf(choices));
  }
}
