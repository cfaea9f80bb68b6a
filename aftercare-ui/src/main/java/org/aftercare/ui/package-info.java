/** The clinic portal: Vaadin shell, navigation and the home view. Features live in sub-packages. */
package org.aftercare.ui;
