// Adds toBeInTheDocument and friends for UI tests; harmless in node tests.
import '@testing-library/jest-dom/vitest';
import './polyfills';

// Pages load on demand (React.lazy); on a busy 2-core CI machine that can take longer than the
// default one second, so give findBy/waitFor more time (they still finish as soon as possible).
import { configure } from '@testing-library/react';
configure({ asyncUtilTimeout: 5000 });
