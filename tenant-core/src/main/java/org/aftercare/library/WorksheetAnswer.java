package org.aftercare.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantOwned;

/** The answer to one field of a worksheet, by the field's position. */
@Entity
@Table(name = "worksheet_answer")
public class WorksheetAnswer extends TenantOwned {

  @Id private UUID id;

  @Column(name = "response_id", nullable = false)
  private UUID responseId;

  @Column(name = "position", nullable = false)
  private int fieldPosition;

  private String answer;

  protected WorksheetAnswer() {}

  WorksheetAnswer(UUID responseId, int position, String answer) {
    this.id = Identifiers.newId();
    this.responseId = responseId;
    this.fieldPosition = position;
    this.answer = answer;
  }

  int getFieldPosition() {
    return fieldPosition;
  }

  String getAnswer() {
    return answer;
  }
}
