// What other projects (the CLI's `vitrine up`, tests) may use of the intake service: `@vitrine/svc/intake`.
export { composeIntake, createIntakeApp, INTAKE_PRODUCER, parseIntakeConfig, type IntakeApp, type IntakeAppConfig, type IntakeConfig } from './compose';
