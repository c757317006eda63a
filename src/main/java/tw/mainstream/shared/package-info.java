/**
 * Open to every module: base entity with optimistic locking, audit history (Envers), ROC dates,
 * the signed-in user and scope checks, message bundles and the page layout.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package tw.mainstream.shared;
