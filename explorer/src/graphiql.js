// GraphiQL served from the jar (Spring's own page loads its code from a CDN, and stays on
// "Loading..." without internet). Queries go to the service's /graphql; a signed-in person's
// session is sent along, with the CSRF token the service asks of it.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';

const csrf = () => {
  const token = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='))?.slice('XSRF-TOKEN='.length);
  return token ? { 'X-XSRF-TOKEN': decodeURIComponent(token) } : {};
};
const fetcher = createGraphiQLFetcher({ url: new URL('../graphql', location.href).toString(),
  fetch: (url, init) => fetch(url, { ...init, credentials: 'same-origin', headers: { ...init?.headers, ...csrf() } }) });
createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, { fetcher, defaultEditorToolsVisibility: true }));
