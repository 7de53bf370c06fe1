/**
 * The public site (门户): the home page and the public pages the other modules offer. A thin UI
 * over the modules' APIs, with no entities of its own; no page creates a session for a reader.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal 门户")
package sunshine.portal;
