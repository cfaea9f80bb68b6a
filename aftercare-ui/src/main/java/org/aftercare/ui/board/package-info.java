/**
 * A recovery group's board between sessions: members and facilitators post and reply, members
 * accept the code of conduct and report posts, facilitators work through reports and moderate.
 */
package org.aftercare.ui.board;
