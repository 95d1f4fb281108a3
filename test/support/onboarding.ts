/** The onboarding's four steps in their order, those named done (what `GET .../onboarding` lists). */
export const onboardingSteps = (...done: ('plan' | 'settings' | 'billing' | 'payment')[]) =>
  (['plan', 'settings', 'billing', 'payment'] as const).map((id) => ({ id, done: done.includes(id) }));
