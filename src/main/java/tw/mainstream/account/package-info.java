/** Accounts, sign-in with throttling, the first administrator, and the security rules of the web. */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts", allowedDependencies = {"committee", "shared", "shared :: *"})
package tw.mainstream.account;
