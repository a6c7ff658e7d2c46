// Adds toBeInTheDocument and friends for UI tests; harmless in node tests.
import '@testing-library/jest-dom/vitest';
import './polyfills';
